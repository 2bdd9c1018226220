<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>ActionLogSection</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>क्या किया गया</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Portal / reference</source>
        <translation>पोर्टल / संदर्भ</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>थाने</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>नई प्रविष्टि</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>करने का समय</translation>
    </message>
    <message>
        <source>Left empty: now.</source>
        <translation>ख़ाली छोड़ने पर: अभी का समय।</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>पोर्टल</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>संदर्भ संख्या</translation>
    </message>
    <message>
        <source>Stations / offices informed</source>
        <translation>सूचित किए गए थाने / कार्यालय</translation>
    </message>
    <message>
        <source>Add to the action log</source>
        <translation>कार्रवाई के लेखे में जोड़ें</translation>
    </message>
    <message>
        <source>write it as DD-MM-YYYY HH:MM, or leave it empty for now</source>
        <translation>DD-MM-YYYY HH:MM के रूप में लिखें, या अभी के समय के लिए ख़ाली छोड़ें</translation>
    </message>
    <message>
        <source>The action log opens once the report is saved.</source>
        <translation>रिपोर्ट सहेजे जाने पर कार्रवाई का लेखा शुरू होता है।</translation>
    </message>
    <message>
        <source>The case is {status}: its log is closed.</source>
        <translation>मामले की स्थिति: {status}; इसका लेखा बंद है।</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the station head adds to the log.</source>
        <translation>इस लेखे में केवल मामले के जाँच अधिकारी या थाना प्रभारी प्रविष्टि करते हैं।</translation>
    </message>
    <message>
        <source>Entries are added, never changed or removed.</source>
        <translation>प्रविष्टियाँ केवल जोड़ी जाती हैं; कभी बदली या हटाई नहीं जातीं।</translation>
    </message>
</context>
<context>
    <name>AddDriveDialog</name>
    <message>
        <source>Add a drive</source>
        <translation>अभियान जोड़ें</translation>
    </message>
    <message>
        <source>e.g. Operation Muskaan XIII</source>
        <translation>जैसे ऑपरेशन मुस्कान XIII</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To (both days included)</source>
        <translation>तक (दोनों दिन शामिल)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>प्रशासन</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>मेरा पासवर्ड बदलें…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>कूटबद्धता</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>संरक्षण अवधि</translation>
    </message>
    <message>
        <source>Your role has no administration screens. Here you can change your own password.</source>
        <translation>आपकी भूमिका के लिए प्रशासन की स्क्रीनें नहीं हैं। यहाँ आप अपना पासवर्ड बदल सकते हैं।</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>पासवर्ड बदल गया</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>आपका पासवर्ड बदल गया है।</translation>
    </message>
</context>
<context>
    <name>AgeRangeEdit</name>
    <message>
        <source>e.g. 14 or 12-14</source>
        <translation>जैसे 14 या 12-14</translation>
    </message>
</context>
<context>
    <name>AnnexModel</name>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>रिपोर्ट की तारीख</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>आयु वर्ग</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
</context>
<context>
    <name>AssignIoDialog</name>
    <message>
        <source>Assign the investigating officer</source>
        <translation>जाँच अधिकारी नियुक्त करें</translation>
    </message>
    <message>
        <source>{what}: who investigates it?</source>
        <translation>{what}: जाँच कौन करेगा?</translation>
    </message>
    <message>
        <source>Investigating &amp;officer</source>
        <translation>जाँच अधिकारी (&amp;O)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>नियुक्त करें</translation>
    </message>
    <message>
        <source>There is no active investigating officer to choose.</source>
        <translation>चुनने के लिए कोई सक्रिय जाँच अधिकारी नहीं है।</translation>
    </message>
    <message>
        <source>Choose the investigating officer.</source>
        <translation>जाँच अधिकारी चुनें।</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>The audit chain is intact: {count} events checked. Newest event #{event}, hash {hash}. All {records} cases, found persons and user accounts are as their last audit events recorded them.</source>
        <translation>ऑडिट शृंखला अखंड है: {count} प्रविष्टियाँ जाँची गईं। सबसे नई प्रविष्टि #{event}, हैश {hash}। सभी {records} मामले, मिली हुई व्यक्तियाँ और उपयोगकर्ता खाते अपनी अंतिम ऑडिट प्रविष्टियों के अनुसार ही हैं।</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at event #{event}: {problem}. The {count} events before it hold.</source>
        <translation>ऑडिट शृंखला प्रविष्टि #{event} पर टूटी है: {problem}। उससे पहले की {count} प्रविष्टियाँ ठीक हैं।</translation>
    </message>
    <message>
        <source>• … and {count} more</source>
        <translation>• … और {count} अन्य</translation>
    </message>
    <message>
        <source>Also, these records do not fit their audit trail:
{records}</source>
        <translation>साथ ही, ये रिकॉर्ड अपने ऑडिट ट्रेल से मेल नहीं खाते:
{records}</translation>
    </message>
    <message>
        <source>The audit chain is intact ({count} events), but these records do not fit their audit trail:
{records}</source>
        <translation>ऑडिट शृंखला अखंड है ({count} प्रविष्टियाँ), पर ये रिकॉर्ड अपने ऑडिट ट्रेल से मेल नहीं खाते:
{records}</translation>
    </message>
    <message>
        <source>Someone changed or removed records outside Talash: keep this register as it is (make a backup copy now) and tell the district office.</source>
        <translation>किसी ने तलाश के बाहर से रिकॉर्ड बदले या हटाए: इस रजिस्टर को जैसा है वैसा ही रखें (अभी बैकअप प्रति बनाएँ) और ज़िला कार्यालय को सूचित करें।</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>हैश शृंखला</translation>
    </message>
    <message>
        <source>Each audit event carries the hash of the one before it, so an event changed or removed outside Talash breaks the chain from there on; each case, found person and user account must be as its last event recorded it.</source>
        <translation>हर ऑडिट प्रविष्टि में उससे पहले की प्रविष्टि का हैश होता है, इसलिए तलाश के बाहर से बदली या हटाई गई प्रविष्टि वहाँ से आगे शृंखला तोड़ देती है; हर मामला, मिली हुई व्यक्ति और उपयोगकर्ता खाता अपनी अंतिम प्रविष्टि के अनुसार ही होना चाहिए।</translation>
    </message>
    <message>
        <source>Check the audit chain</source>
        <translation>ऑडिट शृंखला जाँचें</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <source>username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>e.g. logon, case., user.</source>
        <translation>जैसे logon, case., user.</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Show {count} more</source>
        <translation>{count} और दिखाएँ</translation>
    </message>
    <message>
        <source>The whole station&apos;s trail, newest first. Reading it is recorded too.</source>
        <translation>पूरे थाने का ट्रेल, सबसे नया पहले। इसे पढ़ना भी दर्ज होता है।</translation>
    </message>
    <message>
        <source>Your own actions (and, for an investigating officer, the events on your cases), newest first.</source>
        <translation>आपकी अपनी कार्रवाइयाँ (और जाँच अधिकारी के लिए, उनके मामलों की प्रविष्टियाँ), सबसे नई पहले।</translation>
    </message>
    <message>
        <source>Checking every event…</source>
        <translation>हर प्रविष्टि जाँची जा रही है…</translation>
    </message>
    <message>
        <source>The check stopped with an internal error (see the log).</source>
        <translation>आंतरिक त्रुटि के कारण जाँच रुक गई (लॉग देखें)।</translation>
    </message>
    <message>
        <source>The newest {count} events; narrow the filter to see older ones.</source>
        <translation>सबसे नई {count} प्रविष्टियाँ; पुरानी देखने के लिए फ़िल्टर सीमित करें।</translation>
    </message>
    <message>
        <source>{count} events (newest first; more below)</source>
        <translation>{count} प्रविष्टियाँ (सबसे नई पहले; और नीचे)</translation>
    </message>
    <message>
        <source>{count} events.</source>
        <translation>{count} प्रविष्टियाँ।</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Today&apos;s automatic backup is written: {file}</source>
        <translation>आज का स्वचालित बैकअप लिखा गया: {file}</translation>
    </message>
    <message>
        <source>an internal error (details in the log file)</source>
        <translation>आंतरिक त्रुटि (विवरण लॉग फ़ाइल में)</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason} It is tried again within the hour; a station head or administrator can back up now (Administration → Backups).</source>
        <translation>स्वचालित बैकअप विफल: {reason} एक घंटे के भीतर फिर प्रयास होगा; थाना प्रभारी या प्रशासक अभी बैकअप ले सकते हैं (प्रशासन → बैकअप)।</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>कब बना</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>कूटबद्ध</translation>
    </message>
    <message>
        <source>automatic (daily)</source>
        <translation>स्वचालित (दैनिक)</translation>
    </message>
    <message>
        <source>register replaced by a restore</source>
        <translation>पुनर्स्थापना से बदला गया रजिस्टर</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>अपग्रेड से पहले</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>हाथ से बनाया गया</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>{file} is a sound Talash register of this station (schema {schema}, {events} audit events, audit chain intact, its manifest holds).</source>
        <translation>{file} इस थाने का सही-सलामत तलाश रजिस्टर है (स्कीमा {schema}, {events} ऑडिट प्रविष्टियाँ, ऑडिट शृंखला अखंड, इसकी सूची (मैनिफ़ेस्ट) मेल खाती है)।</translation>
    </message>
    <message>
        <source>Taken {when} UTC by {user}.</source>
        <translation>{when} UTC को {user} द्वारा लिया गया।</translation>
    </message>
    <message>
        <source>It can be restored.</source>
        <translation>इसे पुनर्स्थापित किया जा सकता है।</translation>
    </message>
    <message>
        <source>{file} must not be restored:
{problems}</source>
        <translation>{file} को पुनर्स्थापित नहीं करना चाहिए:
{problems}</translation>
    </message>
    <message>
        <source>Restoring it would change these accounts (the station head accepts them):
{changes}</source>
        <translation>इसे पुनर्स्थापित करने से ये खाते बदलेंगे (थाना प्रभारी इन्हें स्वीकार करते हैं):
{changes}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>अभी बैकअप लें</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>यहाँ बैकअप लें…</translation>
    </message>
    <message>
        <source>Check the selected</source>
        <translation>चुना हुआ जाँचें</translation>
    </message>
    <message>
        <source>Restore the selected…</source>
        <translation>चुना हुआ पुनर्स्थापित करें…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>फ़ाइल से पुनर्स्थापित करें…</translation>
    </message>
    <message>
        <source>This register is on a PostgreSQL server: it is backed up on the server with pg_dump (daily, kept 14 days) and restored with pg_restore — see docs/security.md, &apos;Backups and restore&apos;.</source>
        <translation>यह रजिस्टर PostgreSQL सर्वर पर है: इसका बैकअप सर्वर पर pg_dump से लिया जाता है (दैनिक, 14 दिन रखा जाता है) और pg_restore से पुनर्स्थापित होता है — docs/security.md, &apos;Backups and restore&apos; देखें।</translation>
    </message>
    <message>
        <source>Backups folder: {folder}
Automatic: one copy a day while the window is open (and by &apos;talash backup --auto&apos; from the scheduler), the newest {kept} kept. Copies of an encrypted register are encrypted, with the key file beside them. Keep a copy off this computer too (Back up to… a USB drive), and test a restore monthly (Check the selected).</source>
        <translation>बैकअप फ़ोल्डर: {folder}
स्वचालित: विंडो खुली रहने पर रोज़ एक प्रति (और शेड्यूलर से &apos;talash backup --auto&apos; द्वारा), सबसे नई {kept} रखी जाती हैं। कूटबद्ध रजिस्टर की प्रतियाँ कूटबद्ध ही होती हैं, कुंजी फ़ाइल साथ में। एक प्रति इस कंप्यूटर से बाहर भी रखें (यहाँ बैकअप लें… USB ड्राइव), और हर महीने पुनर्स्थापना जाँचें (चुना हुआ जाँचें)।</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>नहीं हुआ</translation>
    </message>
    <message>
        <source>Making a copy of the register…</source>
        <translation>रजिस्टर की प्रति बनाई जा रही है…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>यहाँ बैकअप लें</translation>
    </message>
    <message>
        <source>Backup written: {file} ({size}, encrypted).</source>
        <translation>बैकअप लिखा गया: {file} ({size}, कूटबद्ध)।</translation>
    </message>
    <message>
        <source>Backup written: {file} ({size}, not encrypted).</source>
        <translation>बैकअप लिखा गया: {file} ({size}, कूटबद्ध नहीं)।</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>बैकअप पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Checking {file}… (this can take a minute)</source>
        <translation>{file} जाँचा जा रहा है… (इसमें एक मिनट लग सकता है)</translation>
    </message>
    <message>
        <source>{file} would change accounts; only the station head restores it.</source>
        <translation>{file} से खाते बदलेंगे; केवल थाना प्रभारी ही इसे पुनर्स्थापित करते हैं।</translation>
    </message>
    <message>
        <source>Replace the register with the backup {file}?

The present register is kept in the backups folder. Work saved after the backup was made must be entered again. Everyone at this desk is logged off and logs on to the restored register; close Talash on other desks first.</source>
        <translation>रजिस्टर की जगह बैकअप {file} रखें?

वर्तमान रजिस्टर बैकअप फ़ोल्डर में रखा जाता है। बैकअप बनने के बाद सहेजा गया काम फिर से भरना होगा। इस डेस्क पर सभी लॉग-ऑफ होते हैं और पुनर्स्थापित रजिस्टर पर फिर लॉग ऑन करते हैं; पहले अन्य डेस्कों पर तलाश बंद करें।</translation>
    </message>
    <message>
        <source>Restoring {file}… (this can take a minute)</source>
        <translation>{file} पुनर्स्थापित किया जा रहा है… (इसमें एक मिनट लग सकता है)</translation>
    </message>
    <message>
        <source>The register it replaced is kept as {file}.</source>
        <translation>बदला गया रजिस्टर {file} के रूप में रखा गया है।</translation>
    </message>
    <message>
        <source>Restored from {file}.</source>
        <translation>{file} से पुनर्स्थापित किया गया।</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>बैकअप पुनर्स्थापित किया गया</translation>
    </message>
    <message>
        <source>The register is restored from {file}.{kept}

Talash now opens the restored register; log on again.</source>
        <translation>रजिस्टर {file} से पुनर्स्थापित किया गया।{kept}

तलाश अब पुनर्स्थापित रजिस्टर खोलता है; फिर से लॉग ऑन करें।</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>row {row}, {column}: {problem}</source>
        <translation>पंक्ति {row}, {column}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>पंक्ति {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>BreakGlass</name>
    <message>
        <source>the end of the approval</source>
        <translation>स्वीकृति की समाप्ति</translation>
    </message>
    <message>
        <source>BREAK-GLASS until {end}</source>
        <translation>ब्रेक-ग्लास {end} तक</translation>
    </message>
    <message>
        <source>{headline}: case records read-only, every view audited</source>
        <translation>{headline}: मामलों के रिकॉर्ड केवल पढ़ने के लिए, हर बार देखना दर्ज होता है</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source> hours</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>Ask for case access (break-glass)</source>
        <translation>मामलों के रिकॉर्ड देखने की अनुमति माँगें (ब्रेक-ग्लास)</translation>
    </message>
    <message>
        <source>An administrator reads no case records. In an emergency (a court asks for a record, the station head&apos;s account is locked) ask here: the station head approves, and you can then read — never change — case records for the hours approved. The request, the approval and every case you open are recorded in the audit trail.</source>
        <translation>प्रशासक मामलों के रिकॉर्ड नहीं पढ़ते। आपात स्थिति में (न्यायालय रिकॉर्ड माँगे, थाना प्रभारी का खाता बंद हो) यहाँ माँगें: थाना प्रभारी स्वीकृत करते हैं, और फिर आप स्वीकृत घंटों तक मामलों के रिकॉर्ड पढ़ सकते हैं — कभी बदल नहीं सकते। अनुरोध, स्वीकृति और आपके खोले हर मामले को ऑडिट ट्रेल में दर्ज किया जाता है।</translation>
    </message>
    <message>
        <source>For</source>
        <translation>अवधि</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Child</source>
        <translation>बच्चा</translation>
    </message>
    <message>
        <source>Missing 7+ years: review</source>
        <translation>7+ वर्ष से गुमशुदा: समीक्षा करें</translation>
    </message>
    <message>
        <source>Still missing seven years after last seen: keep the case open and review it. Only a court can declare a person presumed dead.</source>
        <translation>अंतिम बार देखे जाने के सात वर्ष बाद भी गुमशुदा: मामला खुला रखें और उसकी समीक्षा करें। व्यक्ति को मृत मानने की घोषणा केवल न्यायालय कर सकता है।</translation>
    </message>
    <message>
        <source>Save  ({key})</source>
        <translation>सहेजें  ({key})</translation>
    </message>
    <message>
        <source>Go to {section} ({key} from the section above)</source>
        <translation>{section} पर जाएँ (ऊपर वाले भाग से {key})</translation>
    </message>
    <message>
        <source>Go to {section} ({key})</source>
        <translation>{section} पर जाएँ ({key})</translation>
    </message>
    <message>
        <source>Repeat episode</source>
        <translation>दोबारा गुमशुदगी</translation>
    </message>
    <message>
        <source>Mark {number} as a repeat episode of {earlier}, the same person&apos;s earlier case? The times missing before are then counted from the register.</source>
        <translation>{number} को {earlier} (उसी व्यक्ति का पिछला मामला) की दोबारा गुमशुदगी के रूप में चिह्नित करें? फिर पहले कितनी बार गुमशुदा हुए, यह रजिस्टर से गिना जाएगा।</translation>
    </message>
    <message>
        <source>Marked as a repeat episode of &lt;b&gt;{earlier}&lt;/b&gt;: missing {count} time(s) before.</source>
        <translation>&lt;b&gt;{earlier}&lt;/b&gt; की दोबारा गुमशुदगी के रूप में चिह्नित किया गया: पहले {count} बार गुमशुदा।</translation>
    </message>
    <message>
        <source>New report: {name}</source>
        <translation>नई रिपोर्ट: {name}</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>नई रिपोर्ट</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{number}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; {reason} Your form is kept as it is; save again to see what changed.</source>
        <translation>&lt;b&gt;सहेजा नहीं गया।&lt;/b&gt; {reason} आपका फ़ॉर्म जैसा है वैसा रखा गया है; क्या बदला यह देखने के लिए दोबारा सहेजें।</translation>
    </message>
    <message>
        <source>Your changes are now on top of what {user} saved. Nothing is saved yet: check and press Save.</source>
        <translation>{user} द्वारा सहेजे गए रिकॉर्ड पर अब आपके बदलाव लागू हैं। अभी कुछ सहेजा नहीं गया है: जाँचें और &apos;सहेजें&apos; दबाएँ।</translation>
    </message>
    <message>
        <source>Your changes are now on top of what another desk saved. Nothing is saved yet: check and press Save.</source>
        <translation>दूसरे डेस्क द्वारा सहेजे गए रिकॉर्ड पर अब आपके बदलाव लागू हैं। अभी कुछ सहेजा नहीं गया है: जाँचें और &apos;सहेजें&apos; दबाएँ।</translation>
    </message>
    <message>
        <source>also changed by the other desk; your value is kept</source>
        <translation>दूसरे डेस्क ने भी बदला; आपका मान रखा गया है</translation>
    </message>
    <message>
        <source>&lt;br&gt;You both changed: {fields}. Your value is kept.</source>
        <translation>&lt;br&gt;आप दोनों ने बदला: {fields}। आपका मान रखा गया है।</translation>
    </message>
    <message>
        <source>The stored case changed in fields you are editing. Nothing of yours is saved yet: check and press Save.</source>
        <translation>आप जिन फ़ील्ड को बदल रहे हैं, उनमें सहेजा गया मामला बदल गया है। आपका अभी कुछ सहेजा नहीं गया है: जाँचें और &apos;सहेजें&apos; दबाएँ।</translation>
    </message>
    <message>
        <source>The case is {status}; it can be read, not changed.</source>
        <translation>मामले की स्थिति: {status}; इसे पढ़ा जा सकता है, बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>You can read this case. {reason}</source>
        <translation>आप यह मामला पढ़ सकते हैं। {reason}</translation>
    </message>
    <message>
        <source>You can read this case.</source>
        <translation>आप यह मामला पढ़ सकते हैं।</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>फ़ोटो हटाएँ</translation>
    </message>
    <message>
        <source>Remove this stored photo from the case?</source>
        <translation>सहेजी गई यह फ़ोटो मामले से हटाएँ?</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(अभी नाम नहीं)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>Your password was set by someone else. Choose your own now: at least 12 characters, not your username, not a common password.</source>
        <translation>आपका पासवर्ड किसी और ने रखा है। अब अपना पासवर्ड चुनें: कम से कम 12 अक्षर, आपका उपयोगकर्ता नाम नहीं, कोई आम पासवर्ड नहीं।</translation>
    </message>
    <message>
        <source>Present password</source>
        <translation>वर्तमान पासवर्ड</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>नया पासवर्ड दोबारा</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>दोनों नए पासवर्ड एक जैसे नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>CircumstancesSection</name>
    <message>
        <source>Last seen at</source>
        <translation>अंतिम बार देखे जाने का समय</translation>
    </message>
    <message>
        <source>Or as late as</source>
        <translation>या अधिक से अधिक</translation>
    </message>
    <message>
        <source>When the time last seen is only known as a window.</source>
        <translation>जब अंतिम बार देखे जाने का समय केवल एक अवधि के रूप में ज्ञात हो।</translation>
    </message>
    <message>
        <source>Place last seen</source>
        <translation>अंतिम बार देखे जाने का स्थान</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>स्थान का प्रकार</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>पहचान स्थल (लैंडमार्क)</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>बीट</translation>
    </message>
    <message>
        <source>Direction and distance from the station</source>
        <translation>थाने से दिशा और दूरी</translation>
    </message>
    <message>
        <source>Station area (if outside ours)</source>
        <translation>थाना क्षेत्र (यदि हमारे क्षेत्र से बाहर)</translation>
    </message>
    <message>
        <source>Its district</source>
        <translation>उसका ज़िला</translation>
    </message>
    <message>
        <source>Last seen with</source>
        <translation>अंतिम बार किसके साथ देखा गया</translation>
    </message>
    <message>
        <source>Means of travel</source>
        <translation>यात्रा का साधन</translation>
    </message>
    <message>
        <source>Possible destination</source>
        <translation>संभावित गंतव्य</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <source>e.g. 19.0402</source>
        <translation>जैसे 19.0402</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>देशांतर</translation>
    </message>
    <message>
        <source>e.g. 72.8553</source>
        <translation>जैसे 72.8553</translation>
    </message>
    <message>
        <source>Times missing before, not in this register</source>
        <translation>पहले कितनी बार गुमशुदा हुए (इस रजिस्टर में नहीं)</translation>
    </message>
    <message>
        <source>Earlier episodes: when, where found</source>
        <translation>पिछली घटनाएँ: कब, कहाँ मिले</translation>
    </message>
    <message>
        <source>What happened (in the informant&apos;s words)</source>
        <translation>क्या हुआ (सूचना देने वाले के शब्दों में)</translation>
    </message>
    <message>
        <source>Places frequented</source>
        <translation>अक्सर जाने की जगहें</translation>
    </message>
    <message>
        <source>Friends and associates</source>
        <translation>दोस्त और जान-पहचान वाले</translation>
    </message>
    <message>
        <source>Relatives outside the city</source>
        <translation>शहर से बाहर के रिश्तेदार</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>हाल की घटनाएँ</translation>
    </message>
    <message>
        <source>About those events</source>
        <translation>उन घटनाओं के बारे में</translation>
    </message>
    <message>
        <source>Preparations made (money, clothes, documents taken)</source>
        <translation>की गई तैयारी (पैसे, कपड़े, दस्तावेज़ साथ ले गए)</translation>
    </message>
    <message>
        <source>A ransom or threat call was received</source>
        <translation>फिरौती या धमकी का फ़ोन आया</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>क्या कहा गया</translation>
    </message>
    <message>
        <source>Suspected persons</source>
        <translation>संदिग्ध व्यक्ति</translation>
    </message>
    <message>
        <source>+ Add a suspect</source>
        <translation>+ संदिग्ध जोड़ें</translation>
    </message>
</context>
<context>
    <name>ClothingSection</name>
    <message>
        <source>When last seen, wearing or carrying</source>
        <translation>अंतिम बार देखे जाने पर पहने हुए कपड़े या साथ का सामान</translation>
    </message>
    <message>
        <source>+ Add an item</source>
        <translation>+ वस्तु जोड़ें</translation>
    </message>
    <message>
        <source>Garments by body area, school uniform, jewellery, bag, phone, cash, documents.</source>
        <translation>शरीर के हिस्से के अनुसार कपड़े, स्कूल यूनिफ़ॉर्म, गहने, बैग, फ़ोन, नकदी, दस्तावेज़।</translation>
    </message>
</context>
<context>
    <name>ComplainantSection</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Relation to the missing person</source>
        <translation>गुमशुदा व्यक्ति से संबंध</translation>
    </message>
    <message>
        <source>Father&apos;s / husband&apos;s name</source>
        <translation>पिता / पति का नाम</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्मतिथि</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Saw it happen, or heard of it</source>
        <translation>घटना ख़ुद देखी या सुनी</translation>
    </message>
    <message>
        <source>Saw it</source>
        <translation>ख़ुद देखी</translation>
    </message>
    <message>
        <source>Heard of it</source>
        <translation>सुनी</translation>
    </message>
    <message>
        <source>Statement read over in</source>
        <translation>बयान किस भाषा में पढ़कर सुनाया</translation>
    </message>
    <message>
        <source>Agrees to publishing the photo</source>
        <translation>फ़ोटो प्रकाशित करने की सहमति है</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>हस्ताक्षर का प्रकार</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>+ Add a phone</source>
        <translation>+ फ़ोन जोड़ें</translation>
    </message>
    <message>
        <source>+ Add an address</source>
        <translation>+ पता जोड़ें</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>Same address as the missing person</source>
        <translation>गुमशुदा व्यक्ति वाला ही पता</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>पहचान पत्र</translation>
    </message>
    <message>
        <source>+ Add a document</source>
        <translation>+ पहचान पत्र जोड़ें</translation>
    </message>
    <message>
        <source>The missing person has no address yet.</source>
        <translation>गुमशुदा व्यक्ति का पता अभी भरा नहीं गया है।</translation>
    </message>
</context>
<context>
    <name>DamagedRegisterDialog</name>
    <message>
        <source>The register failed its start-up check</source>
        <translation>रजिस्टर शुरुआती जाँच में विफल रहा</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>रजिस्टर खराब हो गया है</translation>
    </message>
    <message>
        <source>Talash checks the register every time it starts. The check of
{register}
found damage in the file (a disk fault, or the computer lost power while writing).</source>
        <translation>तलाश हर बार शुरू होते समय रजिस्टर जाँचता है।
{register}
की जाँच में फ़ाइल में खराबी मिली (डिस्क की खराबी, या लिखते समय कंप्यूटर की बिजली चली गई)।</translation>
    </message>
    <message>
        <source>What SQLite reported: {problem}</source>
        <translation>SQLite ने बताया: {problem}</translation>
    </message>
    <message>
        <source>Restore the latest backup: it is checked before anything is replaced, and the damaged register is kept aside in the backups folder. Work saved after that backup was made must be entered again.</source>
        <translation>सबसे नया बैकअप पुनर्स्थापित करें: कुछ भी बदलने से पहले इसे जाँचा जाता है, और खराब रजिस्टर बैकअप फ़ोल्डर में अलग रखा जाता है। उस बैकअप के बाद सहेजा गया काम फिर से भरना होगा।</translation>
    </message>
    <message>
        <source>Or continue read-only: cases can be read, nothing can be saved.</source>
        <translation>या केवल पढ़ने के लिए आगे बढ़ें: मामले पढ़े जा सकते हैं, कुछ भी सहेजा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>पुनर्स्थापित करने वाला बैकअप</translation>
    </message>
    <message>
        <source>Log on as a station head or administrator as the accounts stood in that backup:</source>
        <translation>उस बैकअप के खातों के अनुसार थाना प्रभारी या प्रशासक के रूप में लॉग ऑन करें:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>यह बैकअप पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>दूसरा बैकअप चुनें…</translation>
    </message>
    <message>
        <source>Continue read-only</source>
        <translation>केवल पढ़ने के लिए आगे बढ़ें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>No backup was found in {folder}. Choose a backup file (from a USB drive or another folder).</source>
        <translation>{folder} में कोई बैकअप नहीं मिला। बैकअप फ़ाइल चुनें (USB ड्राइव या किसी अन्य फ़ोल्डर से)।</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>बैकअप चुनें</translation>
    </message>
    <message>
        <source>Type the username and password of a station head or administrator.</source>
        <translation>थाना प्रभारी या प्रशासक का उपयोगकर्ता नाम और पासवर्ड टाइप करें।</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it… (this can take a minute)</source>
        <translation>बैकअप जाँचकर पुनर्स्थापित किया जा रहा है… (इसमें एक मिनट लग सकता है)</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>पुनर्स्थापित किया गया।</translation>
    </message>
    <message>
        <source>An internal error stopped the restore; nothing was replaced.</source>
        <translation>आंतरिक त्रुटि के कारण पुनर्स्थापना रुक गई; कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>सारांश पटल</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>इस सप्ताह</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>इस वर्ष</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>traced</source>
        <translation>पता चले</translation>
    </message>
    <message>
        <source>reported and still missing</source>
        <translation>दर्ज और अब भी लापता</translation>
    </message>
    <message>
        <source>children found begging or working</source>
        <translation>भीख माँगते या काम करते मिले बच्चे</translation>
    </message>
    <message>
        <source>missing now (all years)</source>
        <translation>अभी लापता (सभी वर्ष)</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>लिंग के अनुसार</translation>
    </message>
    <message>
        <source>By age band (children&apos;s bands, then adults)</source>
        <translation>आयु वर्ग के अनुसार (पहले बच्चों के वर्ग, फिर वयस्क)</translation>
    </message>
    <message>
        <source>Children begging or working</source>
        <translation>भीख माँगते या काम करते बच्चे</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>as of {moment}</source>
        <translation>{moment} की स्थिति</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>Traced</source>
        <translation>पता चले</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>अब भी लापता</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>आयु ज्ञात नहीं</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>बच्चे</translation>
    </message>
    <message>
        <source>By sex, this week</source>
        <translation>लिंग के अनुसार, इस सप्ताह</translation>
    </message>
    <message>
        <source>By age band, this week</source>
        <translation>आयु वर्ग के अनुसार, इस सप्ताह</translation>
    </message>
    <message>
        <source>Children begging or working, this week</source>
        <translation>भीख माँगते या काम करते बच्चे, इस सप्ताह</translation>
    </message>
    <message>
        <source>By sex, this year</source>
        <translation>लिंग के अनुसार, इस वर्ष</translation>
    </message>
    <message>
        <source>By age band, this year</source>
        <translation>आयु वर्ग के अनुसार, इस वर्ष</translation>
    </message>
    <message>
        <source>Children begging or working, this year</source>
        <translation>भीख माँगते या काम करते बच्चे, इस वर्ष</translation>
    </message>
</context>
<context>
    <name>DescriptionSection</name>
    <message>
        <source>Height (cm)</source>
        <translation>ऊँचाई (सेमी)</translation>
    </message>
    <message>
        <source>e.g. 142</source>
        <translation>जैसे 142</translation>
    </message>
    <message>
        <source>Height range (cm)</source>
        <translation>ऊँचाई की सीमा (सेमी)</translation>
    </message>
    <message>
        <source>when estimated, e.g. 140-150</source>
        <translation>अनुमानित हो तो, जैसे 140-150</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>कद-काठी</translation>
    </message>
    <message>
        <source>Complexion</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>चेहरा</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>आँखें</translation>
    </message>
    <message>
        <source>Wears spectacles</source>
        <translation>चश्मा पहनता/पहनती है</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation>बालों का रंग</translation>
    </message>
    <message>
        <source>Hair length</source>
        <translation>बालों की लंबाई</translation>
    </message>
    <message>
        <source>Hair style</source>
        <translation>बालों की बनावट</translation>
    </message>
    <message>
        <source>e.g. two plaits</source>
        <translation>जैसे दो चोटियाँ</translation>
    </message>
    <message>
        <source>Beard / moustache</source>
        <translation>दाढ़ी / मूँछ</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>रक्त समूह</translation>
    </message>
    <message>
        <source>A+, B-, AB+, O- …</source>
        <translation>A+, B-, AB+, O- …</translation>
    </message>
    <message>
        <source>Other features</source>
        <translation>अन्य विशेषताएँ</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>विकलांगता</translation>
    </message>
    <message>
        <source>About the disability</source>
        <translation>विकलांगता के बारे में</translation>
    </message>
    <message>
        <source>Medical needs, medicines</source>
        <translation>चिकित्सा ज़रूरतें, दवाइयाँ</translation>
    </message>
    <message>
        <source>Identification marks</source>
        <translation>पहचान चिह्न</translation>
    </message>
    <message>
        <source>+ Add a mark</source>
        <translation>+ चिह्न जोड़ें</translation>
    </message>
    <message>
        <source>Other description</source>
        <translation>अन्य हुलिया</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved work was kept</source>
        <translation>बिना सहेजा काम रखा गया है</translation>
    </message>
    <message>
        <source>These forms were not saved when Talash last closed (perhaps the computer lost power). Tick the ones to open again (Space ticks), then check and save them. Unticked drafts are kept until you discard them.</source>
        <translation>तलाश पिछली बार बंद हुआ तब ये फ़ॉर्म सहेजे नहीं गए थे (शायद कंप्यूटर की बिजली चली गई)। जिन्हें फिर खोलना है उन पर निशान लगाएँ (Space से निशान लगता है), फिर उन्हें जाँचकर सहेजें। बिना निशान वाले मसौदे तब तक रखे जाते हैं जब तक आप उन्हें हटा न दें।</translation>
    </message>
    <message>
        <source>{title}    (kept {when})</source>
        <translation>{title}    ({when} को रखा गया)</translation>
    </message>
    <message>
        <source>Restore the ticked drafts</source>
        <translation>निशान लगे मसौदे फिर खोलें</translation>
    </message>
    <message>
        <source>Delete the unticked drafts</source>
        <translation>बिना निशान वाले मसौदे हटाएँ</translation>
    </message>
    <message>
        <source>Keep them all for later</source>
        <translation>सभी को बाद के लिए रखें</translation>
    </message>
</context>
<context>
    <name>DrivesTab</name>
    <message>
        <source>Drive</source>
        <translation>अभियान</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Add a drive…</source>
        <translation>अभियान जोड़ें…</translation>
    </message>
    <message>
        <source>Show the drive report</source>
        <translation>अभियान की रिपोर्ट दिखाएँ</translation>
    </message>
    <message>
        <source>For publication (small counts hidden)</source>
        <translation>प्रकाशन के लिए (छोटी संख्याएँ छिपी हुई)</translation>
    </message>
    <message>
        <source>Choose a drive and press Show the drive report.</source>
        <translation>अभियान चुनें और &apos;अभियान की रिपोर्ट दिखाएँ&apos; दबाएँ।</translation>
    </message>
    <message>
        <source>Children traced or found during a drive&apos;s days are counted in R7 of the returns; the drive report counts the whole drive.</source>
        <translation>अभियान के दिनों में बरामद या मिले बच्चे विवरणियों के R7 में गिने जाते हैं; अभियान की रिपोर्ट पूरे अभियान को गिनती है।</translation>
    </message>
    <message>
        <source>No drive has been recorded yet. The station head adds one with its dates.</source>
        <translation>अभी तक कोई अभियान दर्ज नहीं है। थाना प्रभारी तारीखों के साथ अभियान जोड़ते हैं।</translation>
    </message>
    <message>
        <source>Drive report</source>
        <translation>अभियान की रिपोर्ट</translation>
    </message>
    <message>
        <source>Choose a drive in the list first.</source>
        <translation>पहले सूची से अभियान चुनें।</translation>
    </message>
    <message>
        <source>Counting {drive}…</source>
        <translation>{drive} की गिनती हो रही है…</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>{number} (earlier)</source>
        <translation>{number} (पहले का)</translation>
    </message>
    <message>
        <source>{number} (later)</source>
        <translation>{number} (बाद का)</translation>
    </message>
    <message>
        <source>Episodes of this person in the register: {episodes}. Missing {count} time(s) before this report.</source>
        <translation>रजिस्टर में इस व्यक्ति की घटनाएँ: {episodes}। इस रिपोर्ट से पहले {count} बार गुमशुदा हुए।</translation>
    </message>
    <message>
        <source>&lt;b&gt;May be the same person as …&lt;/b&gt;</source>
        <translation>&lt;b&gt;यह वही व्यक्ति हो सकता है …&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Earlier cases of this station with a name, sex and age that fit</source>
        <translation>इस थाने के पिछले मामले, जिनका नाम, लिंग और आयु मेल खाते हैं</translation>
    </message>
    <message>
        <source>Earlier cases that may be the same person</source>
        <translation>वही व्यक्ति हो सकने वाले पिछले मामले</translation>
    </message>
    <message>
        <source>&amp;Open earlier case</source>
        <translation>पिछला मामला खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Mark as &amp;repeat episode</source>
        <translation>दोबारा गुमशुदगी के रूप में चिह्नित करें (&amp;R)</translation>
    </message>
    <message>
        <source>Link this report to the earlier case of the same person (after the first save)</source>
        <translation>इस रिपोर्ट को उसी व्यक्ति के पिछले मामले से जोड़ें (पहली बार सहेजने के बाद)</translation>
    </message>
    <message>
        <source>age {age}</source>
        <translation>आयु {age}</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>आयु ज्ञात नहीं</translation>
    </message>
    <message>
        <source>{number}   {name}   {sex}, {age}   reported {when}   {status}   fit {score}</source>
        <translation>{number}   {name}   {sex}, {age}   रिपोर्ट {when}   {status}   मेल {score}</translation>
    </message>
    <message>
        <source>but: {reason}</source>
        <translation>लेकिन: {reason}</translation>
    </message>
    <message>
        <source>Save the report to mark it a repeat episode.</source>
        <translation>दोबारा गुमशुदगी के रूप में चिह्नित करने के लिए पहले रिपोर्ट सहेजें।</translation>
    </message>
    <message>
        <source>Marked as a repeat episode of {number}.</source>
        <translation>{number} की दोबारा गुमशुदगी के रूप में चिह्नित किया गया।</translation>
    </message>
</context>
<context>
    <name>EncryptionTab</name>
    <message>
        <source>The register is on a PostgreSQL server ({register}). Talash does not encrypt the server&apos;s files: keep its data directory on an encrypted disk and connect with TLS (docs/security.md, &apos;Encryption at rest&apos;).</source>
        <translation>रजिस्टर PostgreSQL सर्वर पर है ({register})। तलाश सर्वर की फ़ाइलें कूटबद्ध नहीं करता: इसका डेटा फ़ोल्डर कूटबद्ध डिस्क पर रखें और TLS से जोड़ें (docs/security.md, &apos;Encryption at rest&apos;)।</translation>
    </message>
    <message>
        <source>The register {register} is NOT encrypted: anyone who copies the file can read every case. Encrypt it at a quiet moment, with nobody else working, from a terminal: &apos;talash db encrypt&apos; (station head or administrator). The recovery key it shows once must be written down and kept at the district office.</source>
        <translation>रजिस्टर {register} कूटबद्ध नहीं है: फ़ाइल की प्रति बनाने वाला कोई भी हर मामला पढ़ सकता है। शांत समय पर, जब कोई और काम न कर रहा हो, टर्मिनल से इसे कूटबद्ध करें: &apos;talash db encrypt&apos; (थाना प्रभारी या प्रशासक)। यह एक बार जो पुनर्प्राप्ति कुंजी दिखाता है उसे लिखकर ज़िला कार्यालय में रखें।</translation>
    </message>
    <message>
        <source>The register {register} is encrypted at rest (SQLCipher, AES-256). Key fingerprint {key}. The key is kept in {file}, locked by the station head&apos;s passphrase; backups are encrypted with the same key, and unsaved forms (drafts) are sealed with a key derived from it.</source>
        <translation>रजिस्टर {register} भंडारण में कूटबद्ध है (SQLCipher, AES-256)। कुंजी फ़िंगरप्रिंट {key}। कुंजी {file} में रखी है, थाना प्रभारी के पासफ़्रेज़ से बंद; बैकअप उसी कुंजी से कूटबद्ध होते हैं, और बिना सहेजे फ़ॉर्म (मसौदे) उससे बनी कुंजी से बंद किए जाते हैं।</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <source>Present passphrase</source>
        <translation>वर्तमान पासफ़्रेज़</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>नया पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <source>At least 12 characters; a few unrelated words are easy to type and hard to guess. The key and the register stay the same, and so does the recovery key. The new passphrase is asked the next time Talash starts.</source>
        <translation>कम से कम 12 अक्षर; कुछ असंबंधित शब्द टाइप करने में आसान और अनुमान लगाने में कठिन होते हैं। कुंजी और रजिस्टर वही रहते हैं, और पुनर्प्राप्ति कुंजी भी। तलाश अगली बार शुरू होने पर नया पासफ़्रेज़ पूछता है।</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten or the key file lost</source>
        <translation>पासफ़्रेज़ भूल जाने या कुंजी फ़ाइल खो जाने पर</translation>
    </message>
    <message>
        <source>The recovery key (14 groups of four letters and digits, shown once when the register was encrypted and kept sealed at the district office) makes a new key file with a new passphrase: &apos;talash db recover-key&apos;. Without the passphrase and the recovery key nobody can read the register or its backups. The steps are in {document} and in the user guide (Administration).</source>
        <translation>पुनर्प्राप्ति कुंजी (अक्षरों और अंकों के चार-चार के 14 समूह, रजिस्टर कूटबद्ध करते समय एक बार दिखाए गए और ज़िला कार्यालय में मुहरबंद रखे गए) नए पासफ़्रेज़ के साथ नई कुंजी फ़ाइल बनाती है: &apos;talash db recover-key&apos;। पासफ़्रेज़ और पुनर्प्राप्ति कुंजी के बिना कोई भी रजिस्टर या उसके बैकअप नहीं पढ़ सकता। चरण {document} में और उपयोगकर्ता मार्गदर्शिका (प्रशासन) में हैं।</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>दोनों नए पासफ़्रेज़ एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>पासफ़्रेज़ बदल गया</translation>
    </message>
    <message>
        <source>The passphrase is changed. Talash asks for the new one the next time it starts.</source>
        <translation>पासफ़्रेज़ बदल गया है। तलाश अगली बार शुरू होने पर नया पूछता है।</translation>
    </message>
</context>
<context>
    <name>FilesBar</name>
    <message>
        <source>The return&apos;s files could not be written to {folder}: {problem}.</source>
        <translation>विवरणी की फ़ाइलें {folder} में नहीं लिखी जा सकीं: {problem}।</translation>
    </message>
    <message>
        <source>Write XLSX, CSV and PDF…</source>
        <translation>XLSX, CSV और PDF लिखें…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Folder for the return&apos;s files</source>
        <translation>विवरणी की फ़ाइलों के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <source>Written to {folder}: {files}</source>
        <translation>{folder} में लिखा गया: {files}</translation>
    </message>
    <message>
        <source>Return files</source>
        <translation>विवरणी की फ़ाइलें</translation>
    </message>
    <message>
        <source>Writing the XLSX, CSV and PDF…</source>
        <translation>XLSX, CSV और PDF लिखी जा रही हैं…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Open (missing or traced)</source>
        <translation>खुले (लापता या पता चले)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>लापता</translation>
    </message>
    <message>
        <source>Traced</source>
        <translation>पता चला (बरामद)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>स्थानांतरित</translation>
    </message>
    <message>
        <source>Void (entered in error)</source>
        <translation>निरस्त (गलत प्रविष्टि)</translation>
    </message>
    <message>
        <source>Search: name, alias, register or FIR number (English or मराठी / हिंदी)</source>
        <translation>खोजें: नाम, उपनाम, रजिस्टर या एफ़आईआर संख्या (English या मराठी / हिंदी)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>बच्चे</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>वयस्क</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>कोई भी आयु</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>कोई भी लिंग</translation>
    </message>
    <message>
        <source>from DD-MM-YYYY</source>
        <translation>से DD-MM-YYYY</translation>
    </message>
    <message>
        <source>to DD-MM-YYYY</source>
        <translation>तक DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>कोई भी कारण</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>कोई भी अधिकारी</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>केवल समय-सीमा पार</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>रिपोर्ट तिथि</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Talash — first start</source>
        <translation>तलाश — पहली शुरुआत</translation>
    </message>
    <message>
        <source>Welcome to Talash</source>
        <translation>तलाश में स्वागत है</translation>
    </message>
    <message>
        <source>There is no register on this computer yet. Set up this police station&apos;s register, or look around the demo station first (a separate register filled with invented cases; nothing in it is real).</source>
        <translation>इस कंप्यूटर पर अभी कोई रजिस्टर नहीं है। इस थाने का रजिस्टर तैयार करें, या पहले अभ्यास थाना देख लें (काल्पनिक मामलों से भरा अलग रजिस्टर; इसमें कुछ भी असली नहीं है)।</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>यह थाना तैयार करें</translation>
    </message>
    <message>
        <source>Open the demo station</source>
        <translation>अभ्यास थाना खोलें</translation>
    </message>
    <message>
        <source>e.g. MH-MUM-DHR</source>
        <translation>जैसे MH-MUM-DHR</translation>
    </message>
    <message>
        <source>e.g. Dharavi Police Station</source>
        <translation>जैसे Dharavi Police Station</translation>
    </message>
    <message>
        <source>e.g. धारावी पोलीस ठाणे</source>
        <translation>जैसे धारावी पुलिस थाना</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>मराठी</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिंदी</translation>
    </message>
    <message>
        <source>&lt;b&gt;The station&lt;/b&gt;</source>
        <translation>&lt;b&gt;थाना&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>थाने का कोड</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>थाने का नाम</translation>
    </message>
    <message>
        <source>Name in Marathi / Hindi</source>
        <translation>मराठी / हिंदी में नाम</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ज़ोन</translation>
    </message>
    <message>
        <source>Station phone</source>
        <translation>थाने का फ़ोन</translation>
    </message>
    <message>
        <source>Language of printouts</source>
        <translation>प्रिंट की भाषा</translation>
    </message>
    <message>
        <source>&lt;b&gt;The station head&apos;s account&lt;/b&gt;</source>
        <translation>&lt;b&gt;थाना प्रभारी का खाता&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. pi.shinde</source>
        <translation>जैसे pi.shinde</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Buckle number</source>
        <translation>बकल नंबर</translation>
    </message>
    <message>
        <source>Password (12 or more characters)</source>
        <translation>पासवर्ड (12 या अधिक अक्षर)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>पासवर्ड दोबारा</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>तैयार करें</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>दोनों पासवर्ड एक जैसे नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>FoundForm</name>
    <message>
        <source>Link to a case…</source>
        <translation>मामले से जोड़ें…</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>सहेजें  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Possible matches among open cases</source>
        <translation>खुले मामलों में संभावित मिलान</translation>
    </message>
    <message>
        <source>Where and when found</source>
        <translation>कहाँ और कब मिली</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>मिलने का समय</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>place, area</source>
        <translation>स्थान, इलाका</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>स्थान का प्रकार</translation>
    </message>
    <message>
        <source>Relative to our station</source>
        <translation>हमारे थाने की हद के संबंध में</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Found doing</source>
        <translation>मिलते समय क्या कर रहा/रही था/थी</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>हालत</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>किसने पाया</translation>
    </message>
    <message>
        <source>officer, NGO, citizen</source>
        <translation>अधिकारी, स्वयंसेवी संस्था, नागरिक</translation>
    </message>
    <message>
        <source>Drive (e.g. Operation Muskaan)</source>
        <translation>अभियान (जैसे ऑपरेशन मुस्कान)</translation>
    </message>
    <message>
        <source>Native place (as the person says)</source>
        <translation>मूल निवास (व्यक्ति के बताए अनुसार)</translation>
    </message>
    <message>
        <source>Native state</source>
        <translation>मूल राज्य</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Unidentified dead body: inquest and disposal</source>
        <translation>अज्ञात शव: पंचनामा (इन्क्वेस्ट) और निपटान</translation>
    </message>
    <message>
        <source>Inquest / U.D. number</source>
        <translation>इन्क्वेस्ट / अप्राकृतिक मृत्यु (U.D.) संख्या</translation>
    </message>
    <message>
        <source>e.g. UD 41/2026</source>
        <translation>जैसे UD 41/2026</translation>
    </message>
    <message>
        <source>Inquest held by (police station)</source>
        <translation>इन्क्वेस्ट करने वाला थाना</translation>
    </message>
    <message>
        <source>Inquest date</source>
        <translation>इन्क्वेस्ट की तारीख</translation>
    </message>
    <message>
        <source>Post-mortem reference</source>
        <translation>पोस्टमार्टम संदर्भ</translation>
    </message>
    <message>
        <source>Post-mortem at (hospital, morgue)</source>
        <translation>पोस्टमार्टम कहाँ (अस्पताल, मुर्दाघर)</translation>
    </message>
    <message>
        <source>Time since death (estimated)</source>
        <translation>मृत्यु के बाद का समय (अनुमानित)</translation>
    </message>
    <message>
        <source>e.g. 2-3 days</source>
        <translation>जैसे 2-3 दिन</translation>
    </message>
    <message>
        <source>Cause as recorded (if any)</source>
        <translation>दर्ज कारण (यदि हो)</translation>
    </message>
    <message>
        <source>Body kept at</source>
        <translation>शव कहाँ रखा गया</translation>
    </message>
    <message>
        <source>mortuary</source>
        <translation>मुर्दाघर</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>निपटान</translation>
    </message>
    <message>
        <source>Disposed of on</source>
        <translation>निपटान की तारीख</translation>
    </message>
    <message>
        <source>Burial ground, crematorium</source>
        <translation>कब्रिस्तान, श्मशान</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Name (if known)</source>
        <translation>नाम (यदि ज्ञात हो)</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>उर्फ नाम</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>दिखने वाली आयु</translation>
    </message>
    <message>
        <source>e.g. 9, or a range such as 8-10</source>
        <translation>जैसे 9, या 8-10 जैसी सीमा</translation>
    </message>
    <message>
        <source>Date of birth (if known)</source>
        <translation>जन्मतिथि (यदि ज्ञात हो)</translation>
    </message>
    <message>
        <source>Father&apos;s / mother&apos;s name</source>
        <translation>पिता / माता का नाम</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>मातृभाषा</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>बोली जाने वाली भाषाएँ</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>ऊँचाई (सेमी)</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>कद-काठी</translation>
    </message>
    <message>
        <source>Complexion</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation>बालों का रंग</translation>
    </message>
    <message>
        <source>Hair length</source>
        <translation>बालों की लंबाई</translation>
    </message>
    <message>
        <source>Identification marks</source>
        <translation>पहचान चिह्न</translation>
    </message>
    <message>
        <source>+ Add a mark</source>
        <translation>+ चिह्न जोड़ें</translation>
    </message>
    <message>
        <source>Clothing and belongings</source>
        <translation>कपड़े और साथ का सामान</translation>
    </message>
    <message>
        <source>+ Add an item</source>
        <translation>+ वस्तु जोड़ें</translation>
    </message>
    <message>
        <source>Disability, illness</source>
        <translation>विकलांगता, बीमारी</translation>
    </message>
    <message>
        <source>Other description</source>
        <translation>अन्य हुलिया</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Child Welfare Committee</source>
        <translation>बाल कल्याण समिति</translation>
    </message>
    <message>
        <source>Produced before the CWC at</source>
        <translation>बाल कल्याण समिति के सामने पेश करने का समय</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>समिति</translation>
    </message>
    <message>
        <source>e.g. CWC Mumbai City</source>
        <translation>जैसे CWC मुंबई शहर</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>आदेश संख्या</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>Child care institution</source>
        <translation>बाल देखरेख संस्था</translation>
    </message>
    <message>
        <source>Upload to the portal (a found child: JJ Act s.32)</source>
        <translation>पोर्टल पर अपलोड (मिला हुआ बच्चा: किशोर न्याय अधिनियम धारा 32)</translation>
    </message>
    <message>
        <source>Uploaded at</source>
        <translation>अपलोड करने का समय</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>पोर्टल</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>पोर्टल संदर्भ संख्या</translation>
    </message>
    <message>
        <source>the number the portal gave</source>
        <translation>पोर्टल द्वारा दी गई संख्या</translation>
    </message>
    <message>
        <source>&quot;Help identify&quot; notice</source>
        <translation>&quot;पहचान में मदद करें&quot; सूचना</translation>
    </message>
    <message>
        <source>New unidentified dead body: {name}</source>
        <translation>नया अज्ञात शव: {name}</translation>
    </message>
    <message>
        <source>New unidentified dead body</source>
        <translation>नया अज्ञात शव</translation>
    </message>
    <message>
        <source>New found person: {name}</source>
        <translation>नई मिली हुई व्यक्ति: {name}</translation>
    </message>
    <message>
        <source>New found person</source>
        <translation>नई मिली हुई व्यक्ति</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{number}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Linked to {case}.</source>
        <translation>{case} से जोड़ा गया।</translation>
    </message>
    <message>
        <source>(name not known)</source>
        <translation>(नाम ज्ञात नहीं)</translation>
    </message>
</context>
<context>
    <name>FoundListView</name>
    <message>
        <source>Found persons</source>
        <translation>मिली हुई व्यक्ति</translation>
    </message>
    <message>
        <source>Search: name or number (English or मराठी / हिंदी)</source>
        <translation>खोजें: नाम या संख्या (English या मराठी / हिंदी)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>कोई भी प्रकार</translation>
    </message>
    <message>
        <source>Possible matches to review</source>
        <translation>जाँचने योग्य संभावित मिलान</translation>
    </message>
    <message>
        <source>Only found persons in care with an open case scoring {threshold} or more (open one to see its possible matches)</source>
        <translation>केवल देखरेख में रखी मिली हुई व्यक्ति जिनसे कोई खुला मामला {threshold} या अधिक अंकों से मेल खाता है (संभावित मिलान देखने के लिए एक खोलें)</translation>
    </message>
    <message>
        <source>Record a found person…</source>
        <translation>मिली हुई व्यक्ति दर्ज करें…</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>{count} दिखाए गए</translation>
    </message>
    <message>
        <source>Looking for possible matches…</source>
        <translation>संभावित मिलान खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>1 found person with possible matches to review</source>
        <translation>जाँचने योग्य संभावित मिलान वाली 1 मिली हुई व्यक्ति</translation>
    </message>
    <message>
        <source>{count} found persons with possible matches to review</source>
        <translation>जाँचने योग्य संभावित मिलान वाली {count} मिली हुई व्यक्तियाँ</translation>
    </message>
</context>
<context>
    <name>FoundModel</name>
    <message>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>बच्चा</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>मिलने का समय</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>क्या कर रहा/रही था/थी</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>किससे जोड़ा</translation>
    </message>
    <message>
        <source>child</source>
        <translation>बच्चा</translation>
    </message>
</context>
<context>
    <name>HqConsolidatedPage</name>
    <message>
        <source>Consolidated return</source>
        <translation>समेकित विवरणी</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>For publication (small counts hidden, no annex)</source>
        <translation>प्रकाशन के लिए (छोटी संख्याएँ छिपी, परिशिष्ट नहीं)</translation>
    </message>
    <message>
        <source>Add up the weekly returns</source>
        <translation>साप्ताहिक विवरणियों का योग करें</translation>
    </message>
    <message>
        <source>A month from the weeks the stations sent: each week belongs whole to the month of its Thursday; a station&apos;s missing week is named.</source>
        <translation>थानों द्वारा भेजे गए सप्ताहों से महीना: हर सप्ताह पूरा का पूरा अपने गुरुवार के महीने में गिना जाता है; किसी थाने का न आया सप्ताह नाम से बताया जाता है।</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Choose a period and press Show.</source>
        <translation>अवधि चुनें और &apos;दिखाएँ&apos; दबाएँ।</translation>
    </message>
    <message>
        <source>{station}: week {weeks} missing</source>
        <translation>{station}: सप्ताह {weeks} नहीं आया</translation>
    </message>
    <message>
        <source>Weekly returns missing — {missing}. Those stations&apos; figures cover only the weeks received.</source>
        <translation>साप्ताहिक विवरणियाँ नहीं आईं — {missing}। उन थानों के आँकड़े केवल प्राप्त सप्ताहों के हैं।</translation>
    </message>
    <message>
        <source>Adding up {period}…</source>
        <translation>{period} का योग हो रहा है…</translation>
    </message>
</context>
<context>
    <name>HqImportPage</name>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>पैकेज</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>आयात किया गया</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>पहले से आयातित</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Imported, history rewritten</source>
        <translation>आयात किया गया, इतिहास दोबारा लिखा गया</translation>
    </message>
    <message>
        <source>Import returns from the stations</source>
        <translation>थानों से विवरणियाँ आयात करें</translation>
    </message>
    <message>
        <source>Drop the stations&apos; return packages ({suffix} files), or a folder of them, here.
Each is checked and imported whole, or refused with the reason; a package already imported changes nothing.</source>
        <translation>थानों के विवरणी पैकेज ({suffix} फ़ाइलें), या उनका फ़ोल्डर, यहाँ डालें।
हर पैकेज जाँचकर पूरा आयात किया जाता है, या कारण सहित अस्वीकार किया जाता है; पहले से आयात किया गया पैकेज कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>फ़ाइलें चुनें…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <source>No import yet in this session.</source>
        <translation>इस सत्र में अभी तक कोई आयात नहीं।</translation>
    </message>
    <message>
        <source>Return packages</source>
        <translation>विवरणी पैकेज</translation>
    </message>
    <message>
        <source>Return packages (*{suffix});;All files (*)</source>
        <translation>विवरणी पैकेज (*{suffix});;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>A folder of return packages</source>
        <translation>विवरणी पैकेजों का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Returns cannot be imported</source>
        <translation>विवरणियाँ आयात नहीं की जा सकतीं</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>No return packages ({suffix}) were found there.</source>
        <translation>वहाँ कोई विवरणी पैकेज ({suffix}) नहीं मिला।</translation>
    </message>
    <message>
        <source>Keys folder not known</source>
        <translation>कुंजी फ़ोल्डर ज्ञात नहीं</translation>
    </message>
    <message>
        <source>This window was started without the data folder&apos;s keys directory; import the packages with &apos;talash hq import&apos; instead.</source>
        <translation>यह विंडो डेटा फ़ोल्डर की कुंजी निर्देशिका के बिना शुरू हुई है; इसके बजाय &apos;talash hq import&apos; से पैकेज आयात करें।</translation>
    </message>
    <message>
        <source>HQ&apos;s key is not on this computer</source>
        <translation>मुख्यालय की कुंजी इस कंप्यूटर पर नहीं है</translation>
    </message>
    <message>
        <source>Packages are opened with HQ&apos;s sealing key, which is not on this computer. Import on the computer where HQ&apos;s key was made, or make HQ&apos;s key here (Stations → Create HQ&apos;s key) and send its public key to every station.</source>
        <translation>पैकेज मुख्यालय की मुहरबंदी कुंजी से खुलते हैं, जो इस कंप्यूटर पर नहीं है। जिस कंप्यूटर पर मुख्यालय की कुंजी बनी थी वहाँ आयात करें, या यहाँ मुख्यालय की कुंजी बनाएँ (थाने → मुख्यालय की कुंजी बनाएँ) और उसकी सार्वजनिक कुंजी हर थाने को भेजें।</translation>
    </message>
    <message>
        <source>HQ&apos;s sealing key</source>
        <translation>मुख्यालय की मुहरबंदी कुंजी</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>आयात रोका गया</translation>
    </message>
    <message>
        <source>Stopped at your request. Packages imported before the stop are kept; the one under way was not. Import the same files again for the rest: those already in are recognised and left as they are.</source>
        <translation>आपके कहने पर रोका गया। रुकने से पहले आयात हुए पैकेज रखे गए हैं; जो चल रहा था वह नहीं हुआ। बाकी के लिए वही फ़ाइलें फिर से आयात करें: पहले से आए पैकेज पहचाने जाते हैं और वैसे ही छोड़ दिए जाते हैं।</translation>
    </message>
    <message>
        <source>Checking and importing {count} file(s)…</source>
        <translation>{count} फ़ाइलें जाँचकर आयात की जा रही हैं…</translation>
    </message>
    <message>
        <source>{count} file(s): {taken} imported, {again} already imported, {refused} refused.</source>
        <translation>{count} फ़ाइलें: {taken} आयात की गईं, {again} पहले से आयातित, {refused} अस्वीकृत।</translation>
    </message>
    <message>
        <source>Audit trail rewritten (imported with a warning): {stations}.</source>
        <translation>ऑडिट ट्रेल दोबारा लिखा गया (चेतावनी के साथ आयात): {stations}।</translation>
    </message>
</context>
<context>
    <name>HqStationsPage</name>
    <message>
        <source>Station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>कुंजी फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>भरोसा करने की तारीख</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>अंतिम पैकेज</translation>
    </message>
    <message>
        <source>Late for W{week}?</source>
        <translation>W{week} के लिए विलंब?</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <source>no. {seq}, {period}, imported {day}</source>
        <translation>सं. {seq}, {period}, {day} को आयात</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>विलंब</translation>
    </message>
    <message>
        <source>REWRITTEN (package {packages})</source>
        <translation>दोबारा लिखा गया (पैकेज {packages})</translation>
    </message>
    <message>
        <source>The station&apos;s audit trail did not extend the one HQ held from its previous package: imported with a warning; ask the station.</source>
        <translation>थाने का ऑडिट ट्रेल मुख्यालय के पास पिछले पैकेज से मौजूद ट्रेल को आगे नहीं बढ़ाता: चेतावनी के साथ आयात किया गया; थाने से पूछें।</translation>
    </message>
    <message>
        <source>Stations and their returns</source>
        <translation>थाने और उनकी विवरणियाँ</translation>
    </message>
    <message>
        <source>Trusted station keys</source>
        <translation>भरोसेमंद थानों की कुंजियाँ</translation>
    </message>
    <message>
        <source>{count} station(s) late with the return for {week}: {stations}</source>
        <translation>{week} की विवरणी में {count} थानों को विलंब: {stations}</translation>
    </message>
    <message>
        <source>Every station has sent the return for {week}.</source>
        <translation>हर थाने ने {week} की विवरणी भेज दी है।</translation>
    </message>
    <message>
        <source>No station is trusted yet: trust each station&apos;s public key file below.</source>
        <translation>अभी तक किसी थाने पर भरोसा नहीं किया गया: नीचे हर थाने की सार्वजनिक कुंजी फ़ाइल पर भरोसा करें।</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <source>Now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <source>Fill in the present date and time (or type &apos;now&apos;)</source>
        <translation>वर्तमान तारीख और समय भरें (या &apos;now&apos; टाइप करें)</translation>
    </message>
</context>
<context>
    <name>KeysBox</name>
    <message>
        <source>Keys of the returns</source>
        <translation>विवरणियों की कुंजियाँ</translation>
    </message>
    <message>
        <source>Create HQ&apos;s key…</source>
        <translation>मुख्यालय की कुंजी बनाएँ…</translation>
    </message>
    <message>
        <source>Create the station key…</source>
        <translation>थाने की कुंजी बनाएँ…</translation>
    </message>
    <message>
        <source>Save HQ&apos;s public key for the stations…</source>
        <translation>थानों के लिए मुख्यालय की सार्वजनिक कुंजी सहेजें…</translation>
    </message>
    <message>
        <source>Save the public key for HQ…</source>
        <translation>मुख्यालय के लिए सार्वजनिक कुंजी सहेजें…</translation>
    </message>
    <message>
        <source>Trust a station&apos;s key file…</source>
        <translation>थाने की कुंजी फ़ाइल पर भरोसा करें…</translation>
    </message>
    <message>
        <source>Install HQ&apos;s key file…</source>
        <translation>मुख्यालय की कुंजी फ़ाइल स्थापित करें…</translation>
    </message>
    <message>
        <source>HQ&apos;s sealing key</source>
        <translation>मुख्यालय की मुहरबंदी कुंजी</translation>
    </message>
    <message>
        <source>the station&apos;s signing key</source>
        <translation>थाने की हस्ताक्षर कुंजी</translation>
    </message>
    <message>
        <source>There is no HQ key yet.</source>
        <translation>मुख्यालय की कुंजी अभी नहीं है।</translation>
    </message>
    <message>
        <source>There is no station key yet.</source>
        <translation>थाने की कुंजी अभी नहीं है।</translation>
    </message>
    <message>
        <source>this window was not told where the data folder&apos;s keys are</source>
        <translation>डेटा फ़ोल्डर की कुंजियाँ कहाँ हैं, यह इस विंडो को नहीं बताया गया</translation>
    </message>
    <message>
        <source>kept on this computer</source>
        <translation>इस कंप्यूटर पर रखी गई</translation>
    </message>
    <message>
        <source>made on another computer: sign or open returns there</source>
        <translation>दूसरे कंप्यूटर पर बनाई गई: विवरणियों पर हस्ताक्षर वहीं करें या वहीं खोलें</translation>
    </message>
    <message>
        <source>HQ&apos;s key: fingerprint {fingerprint} ({where}).</source>
        <translation>मुख्यालय की कुंजी: फ़िंगरप्रिंट {fingerprint} ({where})।</translation>
    </message>
    <message>
        <source>This station&apos;s key: fingerprint {fingerprint} ({where}).</source>
        <translation>इस थाने की कुंजी: फ़िंगरप्रिंट {fingerprint} ({where})।</translation>
    </message>
    <message>
        <source>Stations are trusted one by one, from the public key file each station sends; read its fingerprint back to the station by telephone first.</source>
        <translation>हर थाने द्वारा भेजी गई सार्वजनिक कुंजी फ़ाइल से थानों पर एक-एक करके भरोसा किया जाता है; पहले उसका फ़िंगरप्रिंट थाने को फ़ोन पर पढ़कर सुनाएँ।</translation>
    </message>
    <message>
        <source>HQ&apos;s key is not installed: returns are sealed to it. Install the file HQ sent.</source>
        <translation>मुख्यालय की कुंजी स्थापित नहीं है: विवरणियाँ उसी के लिए मुहरबंद होती हैं। मुख्यालय द्वारा भेजी फ़ाइल स्थापित करें।</translation>
    </message>
    <message>
        <source>HQ&apos;s key: {name} ({code}), fingerprint {fingerprint}.</source>
        <translation>मुख्यालय की कुंजी: {name} ({code}), फ़िंगरप्रिंट {fingerprint}।</translation>
    </message>
    <message>
        <source>Only the station head or the administrator manages the keys.</source>
        <translation>कुंजियाँ केवल थाना प्रभारी या प्रशासक संभालते हैं।</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>कुंजी बदलें</translation>
    </message>
    <message>
        <source>There is already {key}. A new key means every station must install HQ&apos;s new public key before its next return. The old key file is kept, renamed. Make a new key?</source>
        <translation>{key} पहले से है। नई कुंजी का अर्थ है कि हर थाने को अगली विवरणी से पहले मुख्यालय की नई सार्वजनिक कुंजी स्थापित करनी होगी। पुरानी कुंजी फ़ाइल नाम बदलकर रखी जाती है। नई कुंजी बनाएँ?</translation>
    </message>
    <message>
        <source>There is already {key}. A new key means HQ must trust the new key before it accepts another return. The old key file is kept, renamed. Make a new key?</source>
        <translation>{key} पहले से है। नई कुंजी का अर्थ है कि अगली विवरणी स्वीकार करने से पहले मुख्यालय को नई कुंजी पर भरोसा करना होगा। पुरानी कुंजी फ़ाइल नाम बदलकर रखी जाती है। नई कुंजी बनाएँ?</translation>
    </message>
    <message>
        <source>The key was not made</source>
        <translation>कुंजी नहीं बनी</translation>
    </message>
    <message>
        <source>Key made</source>
        <translation>कुंजी बन गई</translation>
    </message>
    <message>
        <source>HQ&apos;s sealing key is made. Fingerprint: {fingerprint}

Save its public key for the stations next.</source>
        <translation>मुख्यालय की मुहरबंदी कुंजी बन गई। फ़िंगरप्रिंट: {fingerprint}

इसके बाद थानों के लिए इसकी सार्वजनिक कुंजी सहेजें।</translation>
    </message>
    <message>
        <source>The station&apos;s signing key is made. Fingerprint: {fingerprint}

Save its public key for HQ next, and read the fingerprint to HQ by phone.</source>
        <translation>थाने की हस्ताक्षर कुंजी बन गई। फ़िंगरप्रिंट: {fingerprint}

इसके बाद मुख्यालय के लिए इसकी सार्वजनिक कुंजी सहेजें, और फ़िंगरप्रिंट मुख्यालय को फ़ोन पर पढ़कर सुनाएँ।</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>सार्वजनिक कुंजी सहेजें</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>{path} cannot be written: {problem}.</source>
        <translation>{path} नहीं लिखा जा सकता: {problem}।</translation>
    </message>
    <message>
        <source>Public key saved</source>
        <translation>सार्वजनिक कुंजी सहेजी गई</translation>
    </message>
    <message>
        <source>Saved {path}.
Fingerprint: {fingerprint}
It holds no secret: send it by e-mail or on a USB stick, and read the fingerprint out by telephone.</source>
        <translation>{path} सहेजा गया।
फ़िंगरप्रिंट: {fingerprint}
इसमें कोई गोपनीय बात नहीं है: ई-मेल से या USB स्टिक पर भेजें, और फ़िंगरप्रिंट फ़ोन पर पढ़कर सुनाएँ।</translation>
    </message>
    <message>
        <source>HQ&apos;s public key file</source>
        <translation>मुख्यालय की सार्वजनिक कुंजी फ़ाइल</translation>
    </message>
    <message>
        <source>HQ&apos;s key was not installed</source>
        <translation>मुख्यालय की कुंजी स्थापित नहीं हुई</translation>
    </message>
    <message>
        <source>HQ&apos;s key installed</source>
        <translation>मुख्यालय की कुंजी स्थापित</translation>
    </message>
    <message>
        <source>HQ&apos;s key ({name}, {code}) is installed.
Fingerprint: {fingerprint} — check it with HQ by telephone.</source>
        <translation>मुख्यालय की कुंजी ({name}, {code}) स्थापित है।
फ़िंगरप्रिंट: {fingerprint} — मुख्यालय से फ़ोन पर मिलान करें।</translation>
    </message>
    <message>
        <source>A station&apos;s public key file</source>
        <translation>थाने की सार्वजनिक कुंजी फ़ाइल</translation>
    </message>
    <message>
        <source>The station was not trusted</source>
        <translation>थाने पर भरोसा नहीं किया गया</translation>
    </message>
    <message>
        <source>Station trusted</source>
        <translation>थाने पर भरोसा किया गया</translation>
    </message>
    <message>
        <source>Trusted {code} ({name}).
Fingerprint: {fingerprint}</source>
        <translation>{code} ({name}) पर भरोसा किया गया।
फ़िंगरप्रिंट: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link {number} to a case</source>
        <translation>{number} को मामले से जोड़ें</translation>
    </message>
    <message>
        <source>Open cases of this station that may be this person (same sex, child or adult). Search by name, alias, register or FIR number; or give another station&apos;s case.</source>
        <translation>इस थाने के खुले मामले जो यह व्यक्ति हो सकते हैं (वही लिंग, बच्चा या वयस्क)। नाम, उर्फ नाम, रजिस्टर या एफ़आईआर संख्या से खोजें; या किसी अन्य थाने का मामला दें।</translation>
    </message>
    <message>
        <source>name, alias, register or FIR number</source>
        <translation>नाम, उर्फ नाम, रजिस्टर या एफ़आईआर संख्या</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>e.g. MH-MUM-KUR MP/2026/0311</source>
        <translation>जैसे MH-MUM-KUR MP/2026/0311</translation>
    </message>
    <message>
        <source>Or a case at another station</source>
        <translation>या किसी अन्य थाने का मामला</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>reported {when} at {place}</source>
        <translation>{when} को {place} पर दर्ज</translation>
    </message>
    <message>
        <source>last seen {when} at {place}</source>
        <translation>अंतिम बार {when} को {place} पर देखा गया</translation>
    </message>
    <message>
        <source>Fits the search {score} out of 100: {fitted}</source>
        <translation>खोज से 100 में से {score} मेल: {fitted}</translation>
    </message>
    <message>
        <source>No open case of this sex and age group fits “{text}”.</source>
        <translation>इस लिंग और आयु वर्ग का कोई खुला मामला “{text}” से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Choose a case from the list, or give another station&apos;s case.</source>
        <translation>सूची से मामला चुनें, या किसी अन्य थाने का मामला दें।</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The window was locked because it was not used for a while, or someone locked it. Case details are hidden until the password is entered.</source>
        <translation>कुछ समय उपयोग न होने से या किसी के लॉक करने से विंडो लॉक हो गई है। पासवर्ड डालने तक मामलों का विवरण छिपा रहेगा।</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>लॉक खोलें</translation>
    </message>
    <message>
        <source>Log out (another officer)</source>
        <translation>लॉग आउट (दूसरा अधिकारी)</translation>
    </message>
    <message>
        <source>Locked — {name} ({username})</source>
        <translation>लॉक है — {name} ({username})</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Talash — {station}</source>
        <translation>तलाश — {station}</translation>
    </message>
    <message>
        <source>e.g. psi.more</source>
        <translation>जैसे psi.more</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Log on</source>
        <translation>लॉग ऑन करें</translation>
    </message>
    <message>
        <source>Choose your own password to go on.</source>
        <translation>आगे बढ़ने के लिए अपना पासवर्ड चुनें।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Register</source>
        <translation>रजिस्टर</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>नई रिपोर्ट</translation>
    </message>
    <message>
        <source>Found persons</source>
        <translation>मिले हुए व्यक्ति</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>समय-सीमा पार</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>विवरणियाँ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>सारांश पटल</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>प्रशासन</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>विवरणियाँ आयात करें</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>थाने</translation>
    </message>
    <message>
        <source>Consolidated return</source>
        <translation>समेकित विवरणी</translation>
    </message>
    <message>
        <source>Talash — HQ: {station}</source>
        <translation>तलाश — मुख्यालय: {station}</translation>
    </message>
    <message>
        <source>Talash — {station}</source>
        <translation>तलाश — {station}</translation>
    </message>
    <message>
        <source>{title} (demo)</source>
        <translation>{title} (अभ्यास)</translation>
    </message>
    <message>
        <source>OPEN FORMS</source>
        <translation>खुले फ़ॉर्म</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>नई रिपोर्ट (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quick report (first minutes)</source>
        <translation>त्वरित रिपोर्ट (पहले कुछ मिनट) (&amp;Q)</translation>
    </message>
    <message>
        <source>New &amp;found person</source>
        <translation>नया मिला हुआ व्यक्ति (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट… (&amp;P)</translation>
    </message>
    <message>
        <source>Print the missing persons &amp;sheet…</source>
        <translation>गुमशुदा व्यक्तियों की सूची प्रिंट करें… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close form</source>
        <translation>फ़ॉर्म बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>अभी लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>लॉग आउट (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>तलाश बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>खोजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>स्क्रीन की भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>कुंजियाँ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Talash</source>
        <translation>तलाश के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Database: {database} (demo)</source>
        <translation>डेटाबेस: {database} (अभ्यास)</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>डेटाबेस: {database}</translation>
    </message>
    <message>
        <source>Ctrl+W closes it</source>
        <translation>Ctrl+W से बंद होता है</translation>
    </message>
    <message>
        <source>Unsaved form kept as a draft at {time}</source>
        <translation>बिना सहेजा फ़ॉर्म {time} बजे मसौदे के रूप में रखा गया</translation>
    </message>
    <message>
        <source>HQ database</source>
        <translation>मुख्यालय का डेटाबेस</translation>
    </message>
    <message>
        <source>This is an HQ database: it holds the stations&apos; returns, not cases. Open a station&apos;s register for cases and found persons.</source>
        <translation>यह मुख्यालय का डेटाबेस है: इसमें थानों की विवरणियाँ हैं, मामले नहीं। मामलों और मिले हुए व्यक्तियों के लिए थाने का रजिस्टर खोलें।</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>अनुमति नहीं</translation>
    </message>
    <message>
        <source>Your role does not register cases.</source>
        <translation>आपकी भूमिका में मामले दर्ज करना शामिल नहीं है।</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>मामला नहीं खुल सकता</translation>
    </message>
    <message>
        <source>Your role does not record found persons.</source>
        <translation>आपकी भूमिका में मिले हुए व्यक्तियों को दर्ज करना शामिल नहीं है।</translation>
    </message>
    <message>
        <source>Cannot open the found person</source>
        <translation>मिले हुए व्यक्ति का रिकॉर्ड नहीं खुल सकता</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <source>Open a saved case or found person to print its papers.</source>
        <translation>काग़ज़ात प्रिंट करने के लिए सहेजा गया मामला या मिले हुए व्यक्ति का रिकॉर्ड खोलें।</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>स्क्रीन की भाषा</translation>
    </message>
    <message>
        <source>The window will be in {language} from your next logon. Names are always shown as they were typed.

Log out now to switch? Each open form asks first whether to save it.</source>
        <translation>आपके अगले लॉग-ऑन से स्क्रीन {language} में दिखेगी। नाम हमेशा वैसे ही दिखते हैं जैसे टाइप किए गए थे।

बदलने के लिए अभी लॉग आउट करें? हर खुला फ़ॉर्म पहले पूछेगा कि उसे सहेजना है या नहीं।</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Ctrl+N  new report
Ctrl+R  quick report (first minutes; Alt+A adds the suggested FIR sections, Alt+M more details)
Ctrl+S  save
Ctrl+F  search the register
Ctrl+P  print
Ctrl+Shift+F  the register&apos;s filters
F5  refresh
Ctrl+W  close the form
Ctrl+L  lock the window
Ctrl+1 … Ctrl+6  pages
In a form: Alt+1 … Alt+0 sections, Ctrl+PgDown / Ctrl+PgUp next / previous section, Tab next field, Ctrl+Delete removes a row.
In a date: type &apos;now&apos; for the present time.</source>
        <translation>Ctrl+N  नई रिपोर्ट
Ctrl+R  त्वरित रिपोर्ट (पहले कुछ मिनट; Alt+A सुझाई गई एफ़आईआर धाराएँ जोड़ता है, Alt+M अधिक विवरण)
Ctrl+S  सहेजें
Ctrl+F  रजिस्टर में खोजें
Ctrl+P  प्रिंट
Ctrl+Shift+F  रजिस्टर के फ़िल्टर
F5  ताज़ा करें
Ctrl+W  फ़ॉर्म बंद करें
Ctrl+L  स्क्रीन लॉक करें
Ctrl+1 … Ctrl+6  पृष्ठ
फ़ॉर्म में: Alt+1 … Alt+0 खंड, Ctrl+PgDown / Ctrl+PgUp अगला / पिछला खंड, Tab अगला खाना, Ctrl+Delete पंक्ति हटाता है।
तारीख़ में: वर्तमान समय के लिए &apos;now&apos; टाइप करें।</translation>
    </message>
    <message>
        <source>About Talash</source>
        <translation>तलाश के बारे में</translation>
    </message>
    <message>
        <source>Talash: the missing-person register of a police station.
Station: {code} {station}
Database: {database}</source>
        <translation>तलाश: थाने का गुमशुदा व्यक्ति रजिस्टर।
थाना: {code} {station}
डेटाबेस: {database}</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation>लिंग, आयु</translation>
    </message>
    <message>
        <source>Last seen / found</source>
        <translation>अंतिम बार देखा / मिला</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>क्यों नहीं</translation>
    </message>
    <message>
        <source>(child)</source>
        <translation>(बच्चा)</translation>
    </message>
    <message>
        <source>At or above {threshold}: proposed for review</source>
        <translation>{threshold} या अधिक: जाँच के लिए सुझाया गया</translation>
    </message>
    <message>
        <source>Below {threshold}: a weaker candidate</source>
        <translation>{threshold} से कम: कमज़ोर संभावना</translation>
    </message>
    <message>
        <source>Last seen {when} at {place}</source>
        <translation>अंतिम बार {when} को {place} पर देखा गया</translation>
    </message>
    <message>
        <source>Found {when} at {place}</source>
        <translation>{when} को {place} पर मिली</translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message>
        <source>Link…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <source>Link the found person to the case (the same person)</source>
        <translation>मिली हुई व्यक्ति को मामले से जोड़ें (वही व्यक्ति)</translation>
    </message>
    <message>
        <source>Not a match…</source>
        <translation>मेल नहीं…</translation>
    </message>
    <message>
        <source>Record why they are not the same person; not proposed again</source>
        <translation>वे एक ही व्यक्ति क्यों नहीं हैं यह दर्ज करें; फिर से सुझाया नहीं जाएगा</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>फिर से खोजें</translation>
    </message>
    <message>
        <source>Score the candidates again (after saving changes)</source>
        <translation>संभावनाओं को फिर से अंक दें (बदलाव सहेजने के बाद)</translation>
    </message>
    <message>
        <source>Possible matches are looked for once the record is saved.</source>
        <translation>रिकॉर्ड सहेजे जाने के बाद संभावित मिलान खोजे जाते हैं।</translation>
    </message>
    <message>
        <source>Looking for possible matches…</source>
        <translation>संभावित मिलान खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Possible matches could not be looked for.</source>
        <translation>संभावित मिलान खोजे नहीं जा सके।</translation>
    </message>
    <message>
        <source>No open case fits this description closely enough.</source>
        <translation>कोई खुला मामला इस हुलिये से पर्याप्त मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No found person in care fits this description closely enough.</source>
        <translation>देखरेख में कोई मिली हुई व्यक्ति इस हुलिये से पर्याप्त मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>1 possible match scoring {threshold} or more, {weaker} weaker (grey), best first. Select one to see why it scored; check the photos and the family before linking.</source>
        <translation>{threshold} या अधिक अंकों वाला 1 संभावित मिलान, {weaker} कमज़ोर (धूसर), सबसे अच्छा पहले। यह क्यों मेल खाता है देखने के लिए एक चुनें; जोड़ने से पहले फ़ोटो और परिवार से पुष्टि करें।</translation>
    </message>
    <message>
        <source>{count} possible matches scoring {threshold} or more, {weaker} weaker (grey), best first. Select one to see why it scored; check the photos and the family before linking.</source>
        <translation>{threshold} या अधिक अंकों वाले {count} संभावित मिलान, {weaker} कमज़ोर (धूसर), सबसे अच्छा पहले। यह क्यों मेल खाता है देखने के लिए एक चुनें; जोड़ने से पहले फ़ोटो और परिवार से पुष्टि करें।</translation>
    </message>
    <message>
        <source>1 possible match scoring {threshold} or more, best first. Select one to see why it scored; check the photos and the family before linking.</source>
        <translation>{threshold} या अधिक अंकों वाला 1 संभावित मिलान, सबसे अच्छा पहले। यह क्यों मेल खाता है देखने के लिए एक चुनें; जोड़ने से पहले फ़ोटो और परिवार से पुष्टि करें।</translation>
    </message>
    <message>
        <source>{count} possible matches scoring {threshold} or more, best first. Select one to see why it scored; check the photos and the family before linking.</source>
        <translation>{threshold} या अधिक अंकों वाले {count} संभावित मिलान, सबसे अच्छा पहले। यह क्यों मेल खाता है देखने के लिए एक चुनें; जोड़ने से पहले फ़ोटो और परिवार से पुष्टि करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number} scores {score} out of 100.&lt;/b&gt; Why:</source>
        <translation>&lt;b&gt;{number} को 100 में से {score} अंक।&lt;/b&gt; क्यों:</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>क्यों नहीं:</translation>
    </message>
    <message>
        <source>the records do not fit</source>
        <translation>रिकॉर्ड मेल नहीं खाते</translation>
    </message>
    <message>
        <source>Link against a contradiction</source>
        <translation>विरोधाभास के बावजूद जोड़ें</translation>
    </message>
    <message>
        <source>{found} and {case} contradict each other: {against}.
Link them only if you are sure (e.g. the family identified the person). Why are they the same person?</source>
        <translation>{found} और {case} एक-दूसरे के विपरीत हैं: {against}।
यकीन हो तभी जोड़ें (जैसे परिवार ने व्यक्ति को पहचाना)। वे एक ही व्यक्ति क्यों हैं?</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Link {found} to {case}? Only when you are sure it is the same person.</source>
        <translation>{found} को {case} से जोड़ें? केवल तभी जब आपको यकीन हो कि यह वही व्यक्ति है।</translation>
    </message>
    <message>
        <source>{found} is linked to {case}.</source>
        <translation>{found} को {case} से जोड़ा गया।</translation>
    </message>
    <message>
        <source>Not a match</source>
        <translation>मेल नहीं</translation>
    </message>
    <message>
        <source>Why is {found} not the person of {case}? (e.g. the family saw the photo) It will not be proposed again.</source>
        <translation>{found} {case} का व्यक्ति क्यों नहीं है? (जैसे परिवार ने फ़ोटो देखी) इसे फिर से सुझाया नहीं जाएगा।</translation>
    </message>
</context>
<context>
    <name>MatchesSection</name>
    <message>
        <source>The case is {status}: no longer matched.</source>
        <translation>मामले की स्थिति: {status}; अब मिलान नहीं किया जाता।</translation>
    </message>
    <message>
        <source>{found} is linked to this case. Record the trace when the person is identified and handed over.</source>
        <translation>{found} को इस मामले से जोड़ा गया। व्यक्ति की पहचान होकर सौंपे जाने पर बरामदगी दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>MobileLine</name>
    <message>
        <source>e.g. 98200 12345</source>
        <translation>जैसे 98200 12345</translation>
    </message>
</context>
<context>
    <name>NamesEdit</name>
    <message>
        <source>in English letters, e.g. Priya Santosh Patil</source>
        <translation>अंग्रेज़ी अक्षरों में, जैसे Priya Santosh Patil</translation>
    </message>
    <message>
        <source>मराठी / हिंदी, उदा. प्रिया पाटील</source>
        <translation>मराठी / हिंदी, जैसे प्रिया पाटील</translation>
    </message>
    <message>
        <source>+ Another spelling</source>
        <translation>+ दूसरी वर्तनी</translation>
    </message>
    <message>
        <source>another spelling</source>
        <translation>दूसरी वर्तनी</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Passphrase for {key}</source>
        <translation>{key} के लिए पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters for {key}. It is asked each time a return is signed or opened, and it cannot be recovered: keep it where the station head can find it.</source>
        <translation>{key} के लिए कम से कम {count} अक्षरों का पासफ़्रेज़ चुनें। हर बार विवरणी पर हस्ताक्षर करते या उसे खोलते समय यह पूछा जाता है, और इसे वापस नहीं पाया जा सकता: इसे ऐसी जगह रखें जहाँ थाना प्रभारी इसे पा सकें।</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>दोबारा</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>पासफ़्रेज़ में कम से कम {count} अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं।</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>At least {least} characters ({better} or more is better); not a common password; not containing the username.</source>
        <translation>कम से कम {least} अक्षर ({better} या अधिक बेहतर); आम पासवर्ड नहीं; उपयोगकर्ता नाम वाला नहीं।</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>उपयोगकर्ता जोड़ें</translation>
    </message>
    <message>
        <source>e.g. psi.more</source>
        <translation>जैसे psi.more</translation>
    </message>
    <message>
        <source>e.g. PSI, HC, ASI</source>
        <translation>जैसे PSI, HC, ASI</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Buckle number</source>
        <translation>बकल नंबर</translation>
    </message>
    <message>
        <source>Official phone</source>
        <translation>सरकारी फ़ोन</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>पहला पासवर्ड</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>पहला पासवर्ड दोबारा</translation>
    </message>
    <message>
        <source>Give the first password to the officer in person; they must choose their own at their first logon. A writer&apos;s account takes effect at once; any other waits for a second person&apos;s approval (Administration → Requests).</source>
        <translation>पहला पासवर्ड अधिकारी को स्वयं दें; उन्हें पहले लॉग-ऑन पर अपना पासवर्ड चुनना होगा। थाना मुंशी का खाता तुरंत लागू होता है; कोई भी अन्य खाता दूसरे व्यक्ति की स्वीकृति की प्रतीक्षा करता है (प्रशासन → अनुरोध)।</translation>
    </message>
    <message>
        <source>This asks the station head for the account. The station head who approves it sets the temporary password and gives it to the officer, who must choose their own at the first logon.</source>
        <translation>यह खाते के लिए थाना प्रभारी से अनुरोध करता है। स्वीकृति देने वाले थाना प्रभारी अस्थायी पासवर्ड रखते हैं और अधिकारी को देते हैं; अधिकारी को पहले लॉग-ऑन पर अपना पासवर्ड चुनना होगा।</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>उपयोगकर्ता जोड़ें</translation>
    </message>
    <message>
        <source>Ask for the account</source>
        <translation>खाते का अनुरोध करें</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>दोनों पासवर्ड एक जैसे नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>NoticesPanel</name>
    <message>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>हटाई गई</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Request a notice</source>
        <translation>सूचना का अनुरोध करें</translation>
    </message>
    <message>
        <source>Ask for a lookout notice; the station head approves it.</source>
        <translation>तलाश सूचना का अनुरोध करें; थाना प्रभारी इसे स्वीकृत करते हैं।</translation>
    </message>
    <message>
        <source>Ask for a help-identify notice; the station head approves it.</source>
        <translation>पहचान में मदद वाली सूचना का अनुरोध करें; थाना प्रभारी इसे स्वीकृत करते हैं।</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>अस्वीकार करें…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>जारी करें</translation>
    </message>
    <message>
        <source>Print / image…</source>
        <translation>प्रिंट / चित्र…</translation>
    </message>
    <message>
        <source>Print the notice, save it as PDF, or as an image</source>
        <translation>सूचना प्रिंट करें, PDF या चित्र के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Withdrawn slip…</source>
        <translation>&apos;वापस ली गई&apos; पर्ची…</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>वापस ली गई चिह्नित करें</translation>
    </message>
    <message>
        <source>The case&apos;s investigating officer or the station head requests a notice.</source>
        <translation>मामले के जाँच अधिकारी या थाना प्रभारी सूचना का अनुरोध करते हैं।</translation>
    </message>
    <message>
        <source>Notices are requested once the record is saved.</source>
        <translation>रिकॉर्ड सहेजे जाने के बाद सूचनाओं का अनुरोध किया जा सकता है।</translation>
    </message>
    <message>
        <source>No notice can go out now. {reason}</source>
        <translation>अभी कोई सूचना जारी नहीं की जा सकती। {reason}</translation>
    </message>
    <message>
        <source>No notice is out. The investigating officer of the case or the station head requests a notice; the station head approves it.</source>
        <translation>कोई सूचना जारी नहीं है। मामले के जाँच अधिकारी या थाना प्रभारी सूचना का अनुरोध करते हैं; थाना प्रभारी इसे स्वीकृत करते हैं।</translation>
    </message>
    <message>
        <source>No notice is out. An investigating officer or the station head requests a notice; the station head approves it.</source>
        <translation>कोई सूचना जारी नहीं है। जाँच अधिकारी या थाना प्रभारी सूचना का अनुरोध करते हैं; थाना प्रभारी इसे स्वीकृत करते हैं।</translation>
    </message>
    <message>
        <source>{notice} waits for the station head&apos;s approval.</source>
        <translation>{notice} थाना प्रभारी की स्वीकृति की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>{notice} is approved: issuing it gives it its number.</source>
        <translation>{notice} स्वीकृत है: जारी करने पर इसे संख्या मिलती है।</translation>
    </message>
    <message>
        <source>{notice} is out: print it, or save it as an image for messaging groups.</source>
        <translation>{notice} जारी है: इसे प्रिंट करें, या मैसेजिंग समूहों के लिए चित्र के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>The person is no longer missing: take {label} down everywhere (walls, messaging groups), paste the withdrawn slip over the posters, then mark it withdrawn.</source>
        <translation>व्यक्ति अब गुमशुदा नहीं है: {label} हर जगह से हटाएँ (दीवारें, मैसेजिंग समूह), पोस्टरों पर &apos;वापस ली गई&apos; पर्ची चिपकाएँ, फिर वापस ली गई चिह्नित करें।</translation>
    </message>
    <message>
        <source>No notice requested</source>
        <translation>सूचना का अनुरोध नहीं हुआ</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>स्वीकृत नहीं हुआ</translation>
    </message>
    <message>
        <source>Refuse the notice</source>
        <translation>सूचना अस्वीकार करें</translation>
    </message>
    <message>
        <source>Why is {notice} refused? (The officer who asked reads this.)</source>
        <translation>{notice} क्यों अस्वीकार की गई? (अनुरोध करने वाले अधिकारी इसे पढ़ते हैं।)</translation>
    </message>
    <message>
        <source>Not refused</source>
        <translation>अस्वीकृत नहीं हुई</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>जारी नहीं हुई</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>सूचना जारी की गई</translation>
    </message>
    <message>
        <source>The notice is issued as {number}. Open it now to print it, save it, or save it as an image for messaging groups?</source>
        <translation>सूचना {number} के रूप में जारी की गई। प्रिंट करने, सहेजने या मैसेजिंग समूहों के लिए चित्र के रूप में सहेजने के लिए अभी खोलें?</translation>
    </message>
    <message>
        <source>Has {notice} been taken down from every wall and recalled from the messaging groups? Marking it withdrawn records that it is no longer out.</source>
        <translation>क्या {notice} हर दीवार से हटा ली गई और मैसेजिंग समूहों से वापस ले ली गई है? वापस ली गई चिह्नित करने से दर्ज होता है कि यह अब जारी नहीं है।</translation>
    </message>
    <message>
        <source>Not marked withdrawn</source>
        <translation>वापस ली गई चिह्नित नहीं हुई</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Urgency</source>
        <translation>तात्कालिकता</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>अभिलेख</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>बच्चा</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>जाँच अधिकारी</translation>
    </message>
    <message>
        <source>child</source>
        <translation>बच्चा</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <source>Overdue and due within a day</source>
        <translation>समय-सीमा पार और एक दिन में देय काम</translation>
    </message>
    <message>
        <source>Assign &amp;IO…</source>
        <translation>जाँच अधिकारी नियुक्त करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Name the investigating officer of the chosen case</source>
        <translation>चुने गए मामले का जाँच अधिकारी नियुक्त करें</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its case. On an &apos;IO to be assigned&apos; row, Assign IO names the officer. Deadlines are the station&apos;s settings; each deadline&apos;s name states the setting in force.</source>
        <translation>पंक्ति पर डबल-क्लिक करें या Enter दबाएँ तो उसका मामला खुलेगा। &apos;जाँच अधिकारी नियुक्त होना बाकी&apos; पंक्ति पर &apos;जाँच अधिकारी नियुक्त करें&apos; से अधिकारी नियुक्त होता है। समय-सीमाएँ थाने की सेटिंग्स के अनुसार हैं; हर समय-सीमा के नाम में लागू सेटिंग लिखी है।</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its case. Deadlines are the station&apos;s settings; each deadline&apos;s name states the setting in force.</source>
        <translation>पंक्ति पर डबल-क्लिक करें या Enter दबाएँ तो उसका मामला खुलेगा। समय-सीमाएँ थाने की सेटिंग्स के अनुसार हैं; हर समय-सीमा के नाम में लागू सेटिंग लिखी है।</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>The {shown} most urgent shown ({late} overdue, {soon} due within a day); more after them</source>
        <translation>सबसे ज़रूरी {shown} दिखाए गए ({late} समय-सीमा पार, {soon} एक दिन में देय); उनके बाद और हैं</translation>
    </message>
    <message>
        <source>{late} overdue, {soon} due within a day</source>
        <translation>{late} समय-सीमा पार, {soon} एक दिन में देय</translation>
    </message>
    <message>
        <source>Case {ref}, {name}</source>
        <translation>मामला {ref}, {name}</translation>
    </message>
    <message>
        <source>Case {ref}</source>
        <translation>मामला {ref}</translation>
    </message>
</context>
<context>
    <name>PackagesTab</name>
    <message>
        <source>No.</source>
        <translation>सं.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>कब बना</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>{count} package(s) made here. HQ checks each package&apos;s number and its fingerprint (SHA-256); read the fingerprint out if HQ asks about a package.</source>
        <translation>यहाँ {count} पैकेज बनाए गए। मुख्यालय हर पैकेज की संख्या और फ़िंगरप्रिंट (SHA-256) जाँचता है; मुख्यालय किसी पैकेज के बारे में पूछे तो फ़िंगरप्रिंट पढ़कर सुनाएँ।</translation>
    </message>
    <message>
        <source>No return has been sent from this register yet.</source>
        <translation>इस रजिस्टर से अभी तक कोई विवरणी नहीं भेजी गई।</translation>
    </message>
    <message>
        <source>names</source>
        <translation>नामों सहित</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>1 page</source>
        <translation>1 पृष्ठ</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} पृष्ठ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>इस रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Open in the PDF viewer</source>
        <translation>PDF व्यूअर में खोलें</translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation>चित्र के रूप में सहेजें…</translation>
    </message>
    <message>
        <source>PNG or JPEG, 1600 pixels high: for messaging groups</source>
        <translation>PNG या JPEG, 1600 पिक्सेल ऊँचा: मैसेजिंग समूहों के लिए</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>प्रिंटर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>प्रिंटर को भेजा गया।</translation>
    </message>
    <message>
        <source>Save the printout</source>
        <translation>प्रिंट की प्रति सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{file} cannot be written: {problem}.</source>
        <translation>{file} नहीं लिखा जा सकता: {problem}।</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} सहेजा गया</translation>
    </message>
    <message>
        <source>Save the notice as an image</source>
        <translation>सूचना चित्र के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>PNG चित्र (*.png);;JPEG चित्र (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No folder is set for printouts.</source>
        <translation>प्रिंट के लिए कोई फ़ोल्डर तय नहीं है।</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Week</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फ़रवरी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्टूबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>दिसंबर</translation>
    </message>
    <message>
        <source>Week {number} of {year}: {start} to {end}, this week (running)</source>
        <translation>{year} का सप्ताह {number}: {start} से {end}, यह सप्ताह (चालू)</translation>
    </message>
    <message>
        <source>Week {number} of {year}: {start} to {end}, last week</source>
        <translation>{year} का सप्ताह {number}: {start} से {end}, पिछला सप्ताह</translation>
    </message>
    <message>
        <source>Week {number} of {year}: {start} to {end}</source>
        <translation>{year} का सप्ताह {number}: {start} से {end}</translation>
    </message>
    <message>
        <source>{month} {year}, this month (running)</source>
        <translation>{month} {year}, यह महीना (चालू)</translation>
    </message>
    <message>
        <source>{month} {year}, last month</source>
        <translation>{month} {year}, पिछला महीना</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>उर्फ नाम</translation>
    </message>
    <message>
        <source>nicknames, separated by commas</source>
        <translation>उपनाम, अल्पविराम से अलग</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्मतिथि</translation>
    </message>
    <message>
        <source>The year alone will do (e.g. 2012); or give the age below.</source>
        <translation>केवल वर्ष काफ़ी है (जैसे 2012); या नीचे आयु लिखें।</translation>
    </message>
    <message>
        <source>e.g. 14, 12-14 or about 13</source>
        <translation>जैसे 14, 12-14 या about 13</translation>
    </message>
    <message>
        <source>Age when missing</source>
        <translation>गुमशुदगी के समय आयु</translation>
    </message>
    <message>
        <source>When the date of birth is not known: 14, a range such as 12-14, or about 13.</source>
        <translation>जन्मतिथि ज्ञात न हो तो: 14, 12-14 जैसी सीमा, या about 13।</translation>
    </message>
    <message>
        <source>Father&apos;s / mother&apos;s / husband&apos;s name</source>
        <translation>पिता / माता / पति का नाम</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>मातृभाषा</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>बोली जाने वाली भाषाएँ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>e.g. Class 8</source>
        <translation>जैसे कक्षा 8</translation>
    </message>
    <message>
        <source>School</source>
        <translation>स्कूल</translation>
    </message>
    <message>
        <source>Class and division</source>
        <translation>कक्षा और सेक्शन</translation>
    </message>
    <message>
        <source>Occupation / employer</source>
        <translation>व्यवसाय / नियोक्ता</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>वैवाहिक स्थिति</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>पहचान पत्र</translation>
    </message>
    <message>
        <source>+ Add a document</source>
        <translation>+ पहचान पत्र जोड़ें</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>+ Add an address</source>
        <translation>+ पता जोड़ें</translation>
    </message>
    <message>
        <source>Phones, e-mail, handles</source>
        <translation>फ़ोन, ई-मेल, सोशल मीडिया खाते</translation>
    </message>
    <message>
        <source>+ Add a contact</source>
        <translation>+ संपर्क जोड़ें</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photo…</source>
        <translation>फ़ोटो जोड़ें…</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>मुख्य फ़ोटो बनाएँ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Drop photo files here too (JPEG or PNG). ★ marks the primary photo.</source>
        <translation>फ़ोटो फ़ाइलें यहाँ भी डाल सकते हैं (JPEG या PNG)। ★ मुख्य फ़ोटो दर्शाता है।</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>फ़ोटो जोड़ें</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>फ़ोटो (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>{file} is not a JPEG or PNG photo.</source>
        <translation>{file} JPEG या PNG फ़ोटो नहीं है।</translation>
    </message>
    <message>
        <source>{file} is not a photo that can be opened.</source>
        <translation>{file} खोली जा सकने वाली फ़ोटो नहीं है।</translation>
    </message>
    <message>
        <source>★ Primary</source>
        <translation>★ मुख्य</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>सहेजा गया</translation>
    </message>
    <message>
        <source>{width}×{height}, stored</source>
        <translation>{width}×{height}, सहेजा गया</translation>
    </message>
    <message>
        <source>★ Primary, not saved</source>
        <translation>★ मुख्य, सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>अभी सहेजा नहीं गया</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>न सहेजें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर प्रयास करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
</context>
<context>
    <name>QuickEntryForm</name>
    <message>
        <source>More details ({key})</source>
        <translation>अधिक विवरण ({key})</translation>
    </message>
</context>
<context>
    <name>QuickEntrySection</name>
    <message>
        <source>Fields marked * are needed to save. The rest of the case can be filled in later (More details, {key}).</source>
        <translation>* चिह्न वाले खाने सहेजने के लिए ज़रूरी हैं। मामले का बाकी हिस्सा बाद में भरा जा सकता है (अधिक विवरण, {key})।</translation>
    </message>
    <message>
        <source>Name of the missing person</source>
        <translation>गुमशुदा व्यक्ति का नाम</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>e.g. 14, 12-14 or about 13</source>
        <translation>जैसे 14, 12-14 या about 13</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्मतिथि</translation>
    </message>
    <message>
        <source>Or the age above; the year alone will do.</source>
        <translation>या ऊपर आयु; केवल वर्ष भी चलेगा।</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Last seen at</source>
        <translation>अंतिम बार देखा गया (समय)</translation>
    </message>
    <message>
        <source>Place last seen</source>
        <translation>अंतिम बार देखे जाने का स्थान</translation>
    </message>
    <message>
        <source>What happened (in the informant&apos;s words)</source>
        <translation>क्या हुआ (सूचना देने वाले के शब्दों में)</translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation>शिकायतकर्ता का नाम</translation>
    </message>
    <message>
        <source>Relation to the missing person</source>
        <translation>गुमशुदा व्यक्ति से संबंध</translation>
    </message>
    <message>
        <source>Complainant&apos;s mobile</source>
        <translation>शिकायतकर्ता का मोबाइल</translation>
    </message>
    <message>
        <source>Reason, if known</source>
        <translation>कारण, यदि ज्ञात हो</translation>
    </message>
    <message>
        <source>An FIR is registered for this report</source>
        <translation>इस रिपोर्ट पर एफ़आईआर दर्ज है</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>एफ़आईआर</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>एफ़आईआर संख्या</translation>
    </message>
    <message>
        <source>e.g. 0412/2026</source>
        <translation>जैसे 0412/2026</translation>
    </message>
    <message>
        <source>FIR registered at</source>
        <translation>एफ़आईआर दर्ज होने का समय</translation>
    </message>
    <message>
        <source>+ Add an Act and section</source>
        <translation>+ अधिनियम और धारा जोड़ें</translation>
    </message>
    <message>
        <source>Acts and sections</source>
        <translation>अधिनियम और धाराएँ</translation>
    </message>
    <message>
        <source>Add the suggested sections ({key})</source>
        <translation>सुझाई गई धाराएँ जोड़ें ({key})</translation>
    </message>
    <message>
        <source>Why no FIR is registered (a child&apos;s case needs one)</source>
        <translation>एफ़आईआर क्यों दर्ज नहीं है (बच्चे के मामले में यह आवश्यक है)</translation>
    </message>
    <message>
        <source>Suggested for this case: {sections}</source>
        <translation>इस मामले के लिए सुझाई गई: {sections}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>ReasonsSection</name>
    <message>
        <source>Suspected reason</source>
        <translation>संभावित कारण</translation>
    </message>
    <message>
        <source>Start with 8 (unknown / under investigation) if nothing is known yet.</source>
        <translation>अभी कुछ ज्ञात न हो तो 8 (अज्ञात / जाँच जारी) से शुरू करें।</translation>
    </message>
    <message>
        <source>Confirmed reason</source>
        <translation>पुष्ट कारण</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>अभी पुष्ट नहीं</translation>
    </message>
    <message>
        <source>Usually set when the person is traced.</source>
        <translation>आमतौर पर व्यक्ति का पता चलने पर भरा जाता है।</translation>
    </message>
    <message>
        <source>FIR sections</source>
        <translation>एफ़आईआर धाराएँ</translation>
    </message>
    <message>
        <source>Presumed abduction / trafficking</source>
        <translation>अपहरण / मानव तस्करी मानी गई</translation>
    </message>
    <message>
        <source>yes for every child (the rule)</source>
        <translation>हर बच्चे के लिए हाँ (नियम)</translation>
    </message>
    <message>
        <source>Went against their will</source>
        <translation>इच्छा के विरुद्ध गए</translation>
    </message>
    <message>
        <source>as the reason says</source>
        <translation>कारण के अनुसार</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>शोषण</translation>
    </message>
    <message>
        <source>Inter-state</source>
        <translation>अंतरराज्यीय</translation>
    </message>
    <message>
        <source>Crosses the national border</source>
        <translation>देश की सीमा पार करता है</translation>
    </message>
    <message>
        <source>Sexual offence (no publicity without a recorded order)</source>
        <translation>यौन अपराध (दर्ज आदेश के बिना प्रचार नहीं)</translation>
    </message>
    <message>
        <source>Order allowing publicity (sexual-offence or trafficking cases; the station head records it)</source>
        <translation>प्रचार की अनुमति देने वाला आदेश (यौन अपराध या मानव तस्करी के मामले; थाना प्रभारी दर्ज करते हैं)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>आदेश देने वाले</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>आदेश संख्या</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>आदेश की तारीख</translation>
    </message>
    <message>
        <source>Court or committee</source>
        <translation>न्यायालय या समिति</translation>
    </message>
    <message>
        <source>e.g. CWC Mumbai City</source>
        <translation>जैसे CWC मुंबई शहर</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>अनुमति</translation>
    </message>
    <message>
        <source>Suggested for the FIR: {sections} (add them in Report &amp; FIR)</source>
        <translation>एफ़आईआर के लिए सुझाई गई: {sections} (इन्हें &apos;रिपोर्ट और एफ़आईआर&apos; में जोड़ें)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; One thing to put right (click it to go there):</source>
        <translation>&lt;b&gt;सहेजा नहीं गया।&lt;/b&gt; एक चीज़ ठीक करनी है (वहाँ जाने के लिए उस पर क्लिक करें):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; {count} things to put right (click one to go there):</source>
        <translation>&lt;b&gt;सहेजा नहीं गया।&lt;/b&gt; {count} चीज़ें ठीक करनी हैं (वहाँ जाने के लिए किसी एक पर क्लिक करें):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved yet.&lt;/b&gt; Nothing left to put right: save with Ctrl+S.</source>
        <translation>&lt;b&gt;अभी सहेजा नहीं गया।&lt;/b&gt; ठीक करने को कुछ नहीं बचा: Ctrl+S से सहेजें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; {problem}&lt;br&gt;Everything you typed is still here, and kept as a draft.</source>
        <translation>&lt;b&gt;सहेजा नहीं गया।&lt;/b&gt; {problem}&lt;br&gt;आपने जो टाइप किया वह सब यहीं है, और मसौदे के रूप में रखा गया है।</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>कृपया जाँचें:</translation>
    </message>
    <message>
        <source>The draft could not be written: {reason}</source>
        <translation>मसौदा लिखा नहीं जा सका: {reason}</translation>
    </message>
    <message>
        <source>Your unsaved changes were restored from the draft. The record was changed on another desk after the draft was made, so your changes were put on top of the latest version: check them, then save.</source>
        <translation>आपके बिना सहेजे बदलाव मसौदे से वापस लाए गए। मसौदा बनने के बाद दूसरी डेस्क पर रिकॉर्ड बदला गया था, इसलिए आपके बदलाव नवीनतम संस्करण पर रखे गए हैं: उन्हें जाँचें, फिर सहेजें।</translation>
    </message>
    <message>
        <source>Restored the unsaved form kept at {when}. Check it, then save.</source>
        <translation>{when} को रखा गया बिना सहेजा फ़ॉर्म वापस लाया गया। उसे जाँचें, फिर सहेजें।</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Register No.</source>
        <translation>रजिस्टर सं.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Also written / called</source>
        <translation>अन्य वर्तनी / अन्य नाम</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>रिपोर्ट तिथि</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>अंतिम बार देखा</translation>
    </message>
    <message>
        <source>Place last seen</source>
        <translation>अंतिम बार देखे जाने का स्थान</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>एफ़आईआर</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>जाँच अधिकारी</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>समय-सीमाएँ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>मेल</translation>
    </message>
    <message>
        <source>{age} (child)</source>
        <translation>{age} (बच्चा)</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>समय-सीमा पार</translation>
    </message>
    <message>
        <source>{name}
Also: {other_names}</source>
        <translation>{name}
अन्य नाम: {other_names}</translation>
    </message>
    <message>
        <source>A legal or SOP deadline has run out: open the case, or see Overdue.</source>
        <translation>कानूनी या SOP की समय-सीमा निकल गई है: मामला खोलें, या &apos;समय-सीमा पार&apos; देखें।</translation>
    </message>
    <message>
        <source>Fits the search {score} out of 100: {what}</source>
        <translation>खोज से 100 में से {score} मेल: {what}</translation>
    </message>
    <message>
        <source>How well the name or number fits the search, out of 100 (best first)</source>
        <translation>नाम या संख्या खोज से कितना मेल खाती है, 100 में से (सबसे अच्छा पहले)</translation>
    </message>
    <message>
        <source>Click to sort the whole register by this column</source>
        <translation>पूरे रजिस्टर को इस कॉलम के अनुसार क्रम में लगाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>The register sorts by Register No. or by Reported</source>
        <translation>रजिस्टर &apos;रजिस्टर सं.&apos; या &apos;रिपोर्ट तिथि&apos; के अनुसार क्रम में लगता है</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Register</source>
        <translation>रजिस्टर</translation>
    </message>
    <message>
        <source>Enter: the list (or the case, when one is found) · Down: the list · {key}: the filters</source>
        <translation>Enter: सूची (एक ही मामला मिले तो वह मामला) · Down: सूची · {key}: फ़िल्टर</translation>
    </message>
    <message>
        <source>{key} comes here; Tab to the other filters</source>
        <translation>{key} यहाँ लाता है; दूसरे फ़िल्टरों के लिए Tab</translation>
    </message>
    <message>
        <source>Enter opens the case · Esc back to the search box</source>
        <translation>Enter से मामला खुलता है · Esc से वापस खोज बॉक्स में</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोज जारी है…</translation>
    </message>
    <message>
        <source>More than {cap} found, the best {shown} shown first</source>
        <translation>{cap} से अधिक मिले, सबसे मेल खाते {shown} पहले दिखाए गए</translation>
    </message>
    <message>
        <source>{total} found, the best {shown} shown first</source>
        <translation>{total} मिले, सबसे मेल खाते {shown} पहले दिखाए गए</translation>
    </message>
    <message>
        <source>{total} found</source>
        <translation>{total} मिले</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} मामले</translation>
    </message>
    <message>
        <source>{shown} of {total} cases shown — scroll for more</source>
        <translation>{total} में से {shown} मामले दिखाए गए — और देखने के लिए नीचे स्क्रॉल करें</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 मामला</translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message>
        <source>Reported at</source>
        <translation>रिपोर्ट करने का समय</translation>
    </message>
    <message>
        <source>How reported</source>
        <translation>रिपोर्ट कैसे आई</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>सूचना का प्रकार</translation>
    </message>
    <message>
        <source>Zero FIR from station</source>
        <translation>ज़ीरो एफ़आईआर भेजने वाला थाना</translation>
    </message>
    <message>
        <source>Zero FIR number</source>
        <translation>ज़ीरो एफ़आईआर संख्या</translation>
    </message>
    <message>
        <source>GD entry number</source>
        <translation>रोज़नामचा प्रविष्टि संख्या</translation>
    </message>
    <message>
        <source>e.g. GD 23/2026</source>
        <translation>जैसे GD 23/2026</translation>
    </message>
    <message>
        <source>GD entry at</source>
        <translation>रोज़नामचा प्रविष्टि का समय</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>रिपोर्ट लेने वाले</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>जाँच अधिकारी</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>अभी नियुक्त नहीं</translation>
    </message>
    <message>
        <source>Juvenile welfare officer</source>
        <translation>बाल कल्याण पुलिस अधिकारी</translation>
    </message>
    <message>
        <source>Reason for any delay in reporting</source>
        <translation>रिपोर्ट में देरी हुई हो तो उसका कारण</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>एफ़आईआर</translation>
    </message>
    <message>
        <source>An FIR is registered for this report</source>
        <translation>इस रिपोर्ट पर एफ़आईआर दर्ज है</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>एफ़आईआर संख्या</translation>
    </message>
    <message>
        <source>e.g. 0412/2026</source>
        <translation>जैसे 0412/2026</translation>
    </message>
    <message>
        <source>FIR registered at</source>
        <translation>एफ़आईआर दर्ज होने का समय</translation>
    </message>
    <message>
        <source>Action taken (item 13)</source>
        <translation>की गई कार्रवाई (मद 13)</translation>
    </message>
    <message>
        <source>Free copy given at</source>
        <translation>निःशुल्क प्रति देने का समय</translation>
    </message>
    <message>
        <source>Sent to the court at</source>
        <translation>न्यायालय को भेजने का समय</translation>
    </message>
    <message>
        <source>+ Add an Act and section</source>
        <translation>+ अधिनियम और धारा जोड़ें</translation>
    </message>
    <message>
        <source>Acts and sections</source>
        <translation>अधिनियम और धाराएँ</translation>
    </message>
    <message>
        <source>Add the suggested sections</source>
        <translation>सुझाई गई धाराएँ जोड़ें</translation>
    </message>
    <message>
        <source>Why no FIR is registered (a child&apos;s case needs one)</source>
        <translation>एफ़आईआर क्यों दर्ज नहीं है (बच्चे के मामले में ज़रूरी)</translation>
    </message>
    <message>
        <source>Suggested for this case: {sections}</source>
        <translation>इस मामले के लिए सुझाई गई: {sections}</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Asked</source>
        <translation>कब माँगा</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>निर्णय किसने लिया</translation>
    </message>
    <message>
        <source>Access until</source>
        <translation>अनुमति कब तक</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षारत</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>role of {user}: {role}</source>
        <translation>{user} की भूमिका: {role}</translation>
    </message>
    <message>
        <source>new account {user} ({name}): {role}</source>
        <translation>नया खाता {user} ({name}): {role}</translation>
    </message>
    <message>
        <source>password reset for {user}</source>
        <translation>{user} के लिए पासवर्ड रीसेट</translation>
    </message>
    <message>
        <source>break-glass: read case records for {hours} h</source>
        <translation>ब्रेक-ग्लास: {hours} घंटे मामलों के रिकॉर्ड पढ़ना</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Waiting only</source>
        <translation>केवल प्रतीक्षारत</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>अस्वीकार करें…</translation>
    </message>
    <message>
        <source>Ask for case access (break-glass)…</source>
        <translation>मामलों के रिकॉर्ड देखने की अनुमति माँगें (ब्रेक-ग्लास)…</translation>
    </message>
    <message>
        <source>Start case access</source>
        <translation>मामले देखना शुरू करें</translation>
    </message>
    <message>
        <source>End case access now</source>
        <translation>मामले देखना अभी बंद करें</translation>
    </message>
    <message>
        <source>{count} request(s) wait. New accounts, role changes and password resets take effect only when a second person approves; break-glass lets an administrator read (never change) case records for the hours asked. Nobody decides their own request, nor one from an account they made or gave a password.</source>
        <translation>{count} अनुरोध प्रतीक्षा में। नए खाते, भूमिका बदलाव और पासवर्ड रीसेट तभी लागू होते हैं जब दूसरा व्यक्ति स्वीकृत करे; ब्रेक-ग्लास से प्रशासक माँगे गए घंटों तक मामलों के रिकॉर्ड पढ़ सकते हैं (कभी बदल नहीं सकते)। कोई भी अपने अनुरोध पर, या अपने बनाए या पासवर्ड दिए खाते के अनुरोध पर निर्णय नहीं लेता।</translation>
    </message>
    <message>
        <source>{count} request(s) wait. You decide the station head&apos;s requests; the station head decides yours. An approved break-glass request is started here and ends at the approved time, when the window is locked, or when you log out.</source>
        <translation>{count} अनुरोध प्रतीक्षा में। थाना प्रभारी के अनुरोधों पर आप निर्णय लेते हैं; आपके अनुरोधों पर थाना प्रभारी। स्वीकृत ब्रेक-ग्लास अनुरोध यहाँ शुरू होता है और स्वीकृत समय पर, विंडो लॉक होने पर या आपके लॉग आउट करने पर समाप्त होता है।</translation>
    </message>
    <message>
        <source>Your requests; a second person decides them.</source>
        <translation>आपके अनुरोध; उन पर दूसरा व्यक्ति निर्णय लेता है।</translation>
    </message>
    <message>
        <source>{state}. Open cases from the Register; close this access with &apos;End case access now&apos; as soon as the work is done.</source>
        <translation>{state}। मामले रजिस्टर से खोलें; काम होते ही &apos;मामले देखना अभी बंद करें&apos; से यह अनुमति बंद करें।</translation>
    </message>
    <message>
        <source>Approve the request of {user}: {request}?
Reason given: {reason}</source>
        <translation>{user} का अनुरोध स्वीकृत करें: {request}?
बताया गया कारण: {reason}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>स्वीकृत नहीं हुआ</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>अस्थायी पासवर्ड</translation>
    </message>
    <message>
        <source>Give {user} this temporary password in person: {password}
They must choose their own at the next logon.</source>
        <translation>{user} को यह अस्थायी पासवर्ड स्वयं दें: {password}
अगले लॉग-ऑन पर उन्हें अपना पासवर्ड चुनना होगा।</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>अनुरोध अस्वीकार करें</translation>
    </message>
    <message>
        <source>Refuse the request of {user}: {request}?</source>
        <translation>{user} का अनुरोध अस्वीकार करें: {request}?</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>अनुरोध भेजा गया</translation>
    </message>
    <message>
        <source>The station head must approve it (Administration → Requests on their logon). Then choose the request here and start the access.</source>
        <translation>थाना प्रभारी को इसे स्वीकृत करना होगा (उनके लॉग-ऑन पर प्रशासन → अनुरोध)। फिर यहाँ अनुरोध चुनें और अनुमति शुरू करें।</translation>
    </message>
    <message>
        <source>No case access</source>
        <translation>मामले देखने की अनुमति नहीं</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>कब से गिना गया</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>क्या करें</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>{record}: {years} years from {start}</source>
        <translation>{record}: {start} से {years} वर्ष</translation>
    </message>
    <message>
        <source>Retention periods (station settings, &apos;talash policy&apos;): {periods}. Nothing is deleted here: a record that need not be kept leaves the register only by the two-person destruction under an order.</source>
        <translation>संरक्षण अवधि (थाने की सेटिंग, &apos;talash policy&apos;): {periods}। यहाँ कुछ भी हटाया नहीं जाता: जिस रिकॉर्ड को रखना ज़रूरी नहीं वह रजिस्टर से केवल आदेश के तहत दो व्यक्तियों की नष्टीकरण प्रक्रिया से ही जाता है।</translation>
    </message>
    <message>
        <source>{count} records due for review, the earliest first.</source>
        <translation>समीक्षा के लिए देय {count} रिकॉर्ड, सबसे पहले वाला पहले।</translation>
    </message>
    <message>
        <source>No record is due for review.</source>
        <translation>कोई रिकॉर्ड समीक्षा के लिए देय नहीं है।</translation>
    </message>
</context>
<context>
    <name>ReturnDocumentView</name>
    <message>
        <source>Annex ({count})</source>
        <translation>परिशिष्ट ({count})</translation>
    </message>
    <message>
        <source>{unit} ({code}) · {period} · figures as at {when}.</source>
        <translation>{unit} ({code}) · {period} · {when} तक के आँकड़े।</translation>
    </message>
    <message>
        <source>For publication: {note}</source>
        <translation>प्रकाशन के लिए: {note}</translation>
    </message>
    <message>
        <source>Package SHA-256 {fingerprint}</source>
        <translation>पैकेज SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>Annex: {count} children still untraced at the end of the period, oldest report first. It travels only inside the sealed package and in the station head&apos;s own copy.</source>
        <translation>परिशिष्ट: अवधि के अंत तक अब भी लापता {count} बच्चे, सबसे पुरानी रिपोर्ट पहले। यह केवल मुहरबंद पैकेज में और थाना प्रभारी की अपनी प्रति में जाता है।</translation>
    </message>
</context>
<context>
    <name>ReturnKeys</name>
    <message>
        <source>Talash public key (*.json);;All files (*)</source>
        <translation>तलाश सार्वजनिक कुंजी (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Once, before the first return: (1) create the station key, choosing its passphrase; (2) save its public key for HQ, send the file, and read its fingerprint to HQ by telephone; (3) install the key file HQ sends. Each week after that, &apos;Sign and export for HQ&apos; on the Return tab makes the package.</source>
        <translation>पहली विवरणी से पहले एक बार: (1) पासफ़्रेज़ चुनकर थाने की कुंजी बनाएँ; (2) मुख्यालय के लिए इसकी सार्वजनिक कुंजी सहेजें, फ़ाइल भेजें, और इसका फ़िंगरप्रिंट मुख्यालय को फ़ोन पर पढ़कर सुनाएँ; (3) मुख्यालय द्वारा भेजी कुंजी फ़ाइल स्थापित करें। उसके बाद हर सप्ताह विवरणी टैब पर &apos;हस्ताक्षर करके मुख्यालय के लिए निर्यात करें&apos; पैकेज बनाता है।</translation>
    </message>
    <message>
        <source>Once: (1) create HQ&apos;s key, choosing its passphrase; (2) save its public key and send it to every station; (3) trust each station&apos;s public key file after reading its fingerprint back by telephone. Returns are then imported on the Import returns page.</source>
        <translation>एक बार: (1) पासफ़्रेज़ चुनकर मुख्यालय की कुंजी बनाएँ; (2) इसकी सार्वजनिक कुंजी सहेजकर हर थाने को भेजें; (3) हर थाने की सार्वजनिक कुंजी फ़ाइल का फ़िंगरप्रिंट फ़ोन पर पढ़कर सुनाने के बाद उस पर भरोसा करें। उसके बाद विवरणियाँ &apos;विवरणियाँ आयात करें&apos; पृष्ठ पर आयात होती हैं।</translation>
    </message>
    <message>
        <source>This window does not know the data folder&apos;s keys directory.</source>
        <translation>इस विंडो को डेटा फ़ोल्डर की कुंजियों की निर्देशिका ज्ञात नहीं है।</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>कुंजी का पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Type the passphrase of {key}:</source>
        <translation>{key} का पासफ़्रेज़ टाइप करें:</translation>
    </message>
</context>
<context>
    <name>ReturnTab</name>
    <message>
        <source>Show the return</source>
        <translation>विवरणी दिखाएँ</translation>
    </message>
    <message>
        <source>For publication</source>
        <translation>प्रकाशन के लिए</translation>
    </message>
    <message>
        <source>Small counts hidden: counts from 1 to 4 are shown as &lt;5 (the station&apos;s threshold), and the counts that would give them away from the totals as x, as in anything published; HQ receives the exact figures.</source>
        <translation>छोटी संख्याएँ छिपी हुई: 1 से 4 तक की संख्याएँ &lt;5 के रूप में दिखती हैं (थाने की सीमा), और जो संख्याएँ कुल से उन्हें उजागर कर दें वे x के रूप में, जैसे किसी भी प्रकाशित चीज़ में; मुख्यालय को सटीक आँकड़े मिलते हैं।</translation>
    </message>
    <message>
        <source>Annex of untraced children</source>
        <translation>लापता बच्चों का परिशिष्ट</translation>
    </message>
    <message>
        <source>The station head&apos;s own copy of what HQ receives.</source>
        <translation>मुख्यालय को जो मिलता है उसकी थाना प्रभारी की अपनी प्रति।</translation>
    </message>
    <message>
        <source>with names</source>
        <translation>नामों के साथ</translation>
    </message>
    <message>
        <source>Names of the untraced children in the annex and in the package: only when HQ asked.</source>
        <translation>परिशिष्ट और पैकेज में लापता बच्चों के नाम: केवल जब मुख्यालय ने माँगे हों।</translation>
    </message>
    <message>
        <source>Sign and export for HQ…</source>
        <translation>हस्ताक्षर करके मुख्यालय के लिए निर्यात करें…</translation>
    </message>
    <message>
        <source>The station head signs the period&apos;s return with the station&apos;s key and seals it to HQ&apos;s key; the XLSX, CSV and PDF are written beside it.</source>
        <translation>थाना प्रभारी अवधि की विवरणी पर थाने की कुंजी से हस्ताक्षर करते हैं और उसे मुख्यालय की कुंजी के लिए मुहरबंद करते हैं; XLSX, CSV और PDF उसके साथ लिखी जाती हैं।</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Choose a period and press Show the return.</source>
        <translation>अवधि चुनें और &apos;विवरणी दिखाएँ&apos; दबाएँ।</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>विवरणी</translation>
    </message>
    <message>
        <source>Counting {period}…</source>
        <translation>{period} की गिनती हो रही है…</translation>
    </message>
    <message>
        <source>Keys folder not known</source>
        <translation>कुंजी फ़ोल्डर ज्ञात नहीं</translation>
    </message>
    <message>
        <source>This window was started without the data folder&apos;s keys directory; export the return with &apos;talash return export&apos; instead.</source>
        <translation>यह विंडो डेटा फ़ोल्डर की कुंजी निर्देशिका के बिना शुरू हुई है; इसके बजाय &apos;talash return export&apos; से विवरणी निर्यात करें।</translation>
    </message>
    <message>
        <source>No station key yet</source>
        <translation>थाने की कुंजी अभी नहीं</translation>
    </message>
    <message>
        <source>This station has no signing key yet. The station head or the administrator makes it (Returns → Keys → Create the station key), hands its public key to HQ and installs HQ&apos;s key.</source>
        <translation>इस थाने की हस्ताक्षर कुंजी अभी नहीं है। थाना प्रभारी या प्रशासक इसे बनाते हैं (विवरणियाँ → कुंजियाँ → थाने की कुंजी बनाएँ), इसकी सार्वजनिक कुंजी मुख्यालय को देते हैं और मुख्यालय की कुंजी स्थापित करते हैं।</translation>
    </message>
    <message>
        <source>This station has no signing key yet; a return cannot be signed without it.

The steps: create the station key (now), save its public key for HQ and read its fingerprint to HQ by telephone, install the key file HQ sends.

Create the station key now?</source>
        <translation>इस थाने की हस्ताक्षर कुंजी अभी नहीं है; इसके बिना विवरणी पर हस्ताक्षर नहीं हो सकते।

चरण: थाने की कुंजी बनाएँ (अभी), मुख्यालय के लिए इसकी सार्वजनिक कुंजी सहेजें और इसका फ़िंगरप्रिंट मुख्यालय को फ़ोन पर पढ़कर सुनाएँ, मुख्यालय द्वारा भेजी कुंजी फ़ाइल स्थापित करें।

थाने की कुंजी अभी बनाएँ?</translation>
    </message>
    <message>
        <source>The station key is on another computer</source>
        <translation>थाने की कुंजी दूसरे कंप्यूटर पर है</translation>
    </message>
    <message>
        <source>The station&apos;s signing key was made on another computer (its private half stays where it was made). Export the return there, or make a new key here (Returns → Keys); HQ must then trust the new key.</source>
        <translation>थाने की हस्ताक्षर कुंजी दूसरे कंप्यूटर पर बनाई गई थी (उसका निजी भाग वहीं रहता है)। विवरणी वहीं से निर्यात करें, या यहाँ नई कुंजी बनाएँ (विवरणियाँ → कुंजियाँ); तब मुख्यालय को नई कुंजी पर भरोसा करना होगा।</translation>
    </message>
    <message>
        <source>HQ&apos;s key is not installed</source>
        <translation>मुख्यालय की कुंजी स्थापित नहीं है</translation>
    </message>
    <message>
        <source>Returns are sealed to HQ&apos;s key, and it is not installed yet. Install the public key file HQ sent now?</source>
        <translation>विवरणियाँ मुख्यालय की कुंजी के लिए मुहरबंद होती हैं, और वह अभी स्थापित नहीं है। मुख्यालय द्वारा भेजी सार्वजनिक कुंजी फ़ाइल अभी स्थापित करें?</translation>
    </message>
    <message>
        <source>The return cannot be exported</source>
        <translation>विवरणी निर्यात नहीं की जा सकती</translation>
    </message>
    <message>
        <source>Folder for the package and its files</source>
        <translation>पैकेज और उसकी फ़ाइलों के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation>हस्ताक्षर करके निर्यात करें</translation>
    </message>
    <message>
        <source>Sign and export the return for {period}?

The annex will carry the untraced children&apos;s NAMES (only if HQ asked).
The package and its XLSX, CSV and PDF go to {folder}.</source>
        <translation>{period} की विवरणी हस्ताक्षर करके निर्यात करें?

परिशिष्ट में लापता बच्चों के नाम होंगे (केवल यदि मुख्यालय ने माँगे हों)।
पैकेज और उसकी XLSX, CSV और PDF फ़ाइलें {folder} में जाएँगी।</translation>
    </message>
    <message>
        <source>Sign and export the return for {period}?

The annex lists the untraced children without names.
The package and its XLSX, CSV and PDF go to {folder}.</source>
        <translation>{period} की विवरणी हस्ताक्षर करके निर्यात करें?

परिशिष्ट में लापता बच्चों की सूची बिना नामों के होगी।
पैकेज और उसकी XLSX, CSV और PDF फ़ाइलें {folder} में जाएँगी।</translation>
    </message>
    <message>
        <source>the station&apos;s signing key</source>
        <translation>थाने की हस्ताक्षर कुंजी</translation>
    </message>
    <message>
        <source>Written beside it: {files}</source>
        <translation>साथ में लिखा गया: {files}</translation>
    </message>
    <message>
        <source>Package {seq} for {period} is ready: {file} in {folder}. SHA-256 {sha}. Send the file to HQ (e-mail or USB); sign the PDF for the file copy.</source>
        <translation>{period} के लिए पैकेज {seq} तैयार है: {folder} में {file}। SHA-256 {sha}। फ़ाइल मुख्यालय को भेजें (ई-मेल या USB); दफ़्तरी प्रति के लिए PDF पर हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>Package for HQ</source>
        <translation>मुख्यालय के लिए पैकेज</translation>
    </message>
    <message>
        <source>Signing the return for {period}…</source>
        <translation>{period} की विवरणी पर हस्ताक्षर हो रहे हैं…</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns to headquarters</source>
        <translation>मुख्यालय को विवरणियाँ</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>विवरणी</translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation>भेजे गए पैकेज</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>अभियान</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
</context>
<context>
    <name>ReviewLink</name>
    <message>
        <source>Possible matches to review: –</source>
        <translation>जाँचने योग्य संभावित मिलान: –</translation>
    </message>
    <message>
        <source>Possible matches to review: {count}</source>
        <translation>जाँचने योग्य संभावित मिलान: {count}</translation>
    </message>
    <message>
        <source>Found persons in care who may be missing persons of open cases: click to list them</source>
        <translation>संरक्षण में रखे मिले व्यक्ति, जो खुले मामलों के लापता व्यक्ति हो सकते हैं: सूची के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>No possible match waits for a decision</source>
        <translation>किसी संभावित मिलान पर निर्णय बाकी नहीं है</translation>
    </message>
</context>
<context>
    <name>RiskChecklistEdit</name>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>What was said / details</source>
        <translation>क्या बताया गया / विवरण</translation>
    </message>
</context>
<context>
    <name>RiskSection</name>
    <message>
        <source>Ask each question of the informant. ▲ marks a question whose Yes usually makes the risk High. Every missing child is presumed abducted or trafficked until shown otherwise: Medium is the usual starting grade for a child.</source>
        <translation>सूचना देने वाले से हर प्रश्न पूछें। ▲ चिह्न वाले प्रश्न का उत्तर हाँ होने पर जोखिम आमतौर पर उच्च होता है। जब तक अन्यथा सिद्ध न हो, हर गुमशुदा बच्चे का अपहरण या मानव तस्करी मानी जाती है: बच्चे के लिए शुरुआती श्रेणी आमतौर पर मध्यम होती है।</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>प्रश्नावली</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>अभी आकलन नहीं हुआ</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>जोखिम श्रेणी</translation>
    </message>
    <message>
        <source>Why this grade</source>
        <translation>यह श्रेणी क्यों</translation>
    </message>
    <message>
        <source>Information from</source>
        <translation>जानकारी किससे</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>अगली समीक्षा की नियत तिथि</translation>
    </message>
    <message>
        <source>Left empty, it follows from the grade (High: 1 day … no apparent risk: 14).</source>
        <translation>ख़ाली छोड़ने पर श्रेणी से तय होती है (उच्च: 1 दिन … कोई स्पष्ट जोखिम नहीं: 14)।</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>पिछले आकलन</translation>
    </message>
    <message>
        <source>Yes to ▲ questions: consider High ({questions})</source>
        <translation>▲ प्रश्नों का उत्तर हाँ: उच्च श्रेणी पर विचार करें ({questions})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>{when}: {grade} by {user}</source>
        <translation>{when}: {grade}, {user} द्वारा</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>New role for {name} ({user}). A role with fewer powers takes effect at once; one that gains any power waits for a second person&apos;s approval. Either is recorded with the reason.</source>
        <translation>{name} ({user}) के लिए नई भूमिका। कम अधिकारों वाली भूमिका तुरंत लागू होती है; कोई भी अधिकार बढ़ाने वाली भूमिका दूसरे व्यक्ति की स्वीकृति की प्रतीक्षा करती है। दोनों कारण सहित दर्ज होती हैं।</translation>
    </message>
    <message>
        <source>New role for {name} ({user}). The station head must approve the change before it takes effect.</source>
        <translation>{name} ({user}) के लिए नई भूमिका। बदलाव लागू होने से पहले थाना प्रभारी को इसे स्वीकृत करना होगा।</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>भूमिका बदलें</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>नई भूमिका</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>+ Add a row</source>
        <translation>+ पंक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Remove this row (Ctrl+Delete)</source>
        <translation>यह पंक्ति हटाएँ (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Quick report: the first minutes</source>
        <translation>त्वरित रिपोर्ट: पहले कुछ मिनट</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>गुमशुदा व्यक्ति</translation>
    </message>
    <message>
        <source>Description, marks &amp; photos</source>
        <translation>हुलिया, चिह्न और फ़ोटो</translation>
    </message>
    <message>
        <source>Clothing &amp; belongings</source>
        <translation>कपड़े और साथ का सामान</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>जोखिम</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>संभावित मिलान</translation>
    </message>
    <message>
        <source>Lookout notices</source>
        <translation>तलाश सूचना (लुकआउट नोटिस)</translation>
    </message>
    <message>
        <source>Report &amp; FIR</source>
        <translation>रिपोर्ट और एफ़आईआर</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>घटना की परिस्थितियाँ</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>शिकायतकर्ता</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>कार्रवाई का लेखा</translation>
    </message>
    <message>
        <source>Trace &amp; reunion</source>
        <translation>बरामदगी और परिवार से मिलन</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(ख़ाली)</translation>
    </message>
    <message>
        <source>Changed by another desk</source>
        <translation>दूसरे डेस्क से बदला गया</translation>
    </message>
    <message>
        <source>both</source>
        <translation>दोनों ने</translation>
    </message>
    <message>
        <source>&lt;b&gt;{message}&lt;/b&gt;&lt;br&gt;&lt;br&gt;What {user} changed is listed below. Rows marked &lt;span style=&apos;color:#b71c1c&apos;&gt;{both}&lt;/span&gt; were changed by you too: your value is kept when you re-apply, so check those before saving again.</source>
        <translation>&lt;b&gt;{message}&lt;/b&gt;&lt;br&gt;&lt;br&gt;{user} ने जो बदला वह नीचे दिया गया है। &lt;span style=&apos;color:#b71c1c&apos;&gt;{both}&lt;/span&gt; चिह्न वाली पंक्तियाँ आपने भी बदली हैं: दोबारा लागू करने पर आपका मान रखा जाता है, इसलिए दोबारा सहेजने से पहले उन्हें जाँच लें।</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>They saved</source>
        <translation>उन्होंने सहेजा</translation>
    </message>
    <message>
        <source>You changed it too</source>
        <translation>आपने भी बदला</translation>
    </message>
    <message>
        <source>Load their version and re-apply my changes</source>
        <translation>उनका संस्करण खोलें और मेरे बदलाव दोबारा लागू करें</translation>
    </message>
    <message>
        <source>Not now (keep my form as it is)</source>
        <translation>अभी नहीं (मेरा फ़ॉर्म जैसा है वैसा रखें)</translation>
    </message>
</context>
<context>
    <name>TraceDialog</name>
    <message>
        <source>Portal</source>
        <translation>पोर्टल</translation>
    </message>
    <message>
        <source>Updated at (DD-MM-YYYY HH:MM)</source>
        <translation>अद्यतन का समय (DD-MM-YYYY HH:MM)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Trace and reunion: {number} {name}</source>
        <translation>बरामदगी और परिवार से मिलन: {number} {name}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <source>Traced at</source>
        <translation>पता चलने का समय</translation>
    </message>
    <message>
        <source>How traced</source>
        <translation>पता कैसे चला</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>place, area</source>
        <translation>स्थान, इलाका</translation>
    </message>
    <message>
        <source>Relative to our station</source>
        <translation>हमारे थाने की हद के संबंध में</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Country (if abroad)</source>
        <translation>देश (यदि विदेश में)</translation>
    </message>
    <message>
        <source>Station informed at</source>
        <translation>थाने को सूचना का समय</translation>
    </message>
    <message>
        <source>Matched on portal</source>
        <translation>किस पोर्टल पर मिलान हुआ</translation>
    </message>
    <message>
        <source>Portal match reference</source>
        <translation>पोर्टल मिलान संदर्भ</translation>
    </message>
    <message>
        <source>Drive (e.g. Operation Muskaan)</source>
        <translation>अभियान (जैसे ऑपरेशन मुस्कान)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>हालत</translation>
    </message>
    <message>
        <source>Found doing</source>
        <translation>मिलते समय क्या कर रहा/रही था/थी</translation>
    </message>
    <message>
        <source>Found with</source>
        <translation>किसके साथ मिला/मिली</translation>
    </message>
    <message>
        <source>Traced by (name)</source>
        <translation>पता लगाने वाले (नाम)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Buckle number</source>
        <translation>बकल नंबर</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>इकाई</translation>
    </message>
    <message>
        <source>New FIR (offence found)</source>
        <translation>नई एफ़आईआर (अपराध पाया गया)</translation>
    </message>
    <message>
        <source>Accused arrested</source>
        <translation>गिरफ्तार अभियुक्त</translation>
    </message>
    <message>
        <source>Inquest / UIDB number</source>
        <translation>इन्क्वेस्ट / अज्ञात शव (UIDB) संख्या</translation>
    </message>
    <message>
        <source>Statement recorded</source>
        <translation>बयान दर्ज किया</translation>
    </message>
    <message>
        <source>Statement recorded by</source>
        <translation>बयान दर्ज करने वाले</translation>
    </message>
    <message>
        <source>Do not disclose where the person is</source>
        <translation>व्यक्ति कहाँ है यह न बताएँ</translation>
    </message>
    <message>
        <source>How the trace came about</source>
        <translation>पता कैसे चला (विवरण)</translation>
    </message>
    <message>
        <source>About the condition</source>
        <translation>हालत के बारे में</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <translation>चिकित्सा जाँच</translation>
    </message>
    <message>
        <source>Confirmed reason</source>
        <translation>पुष्ट कारण</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>अभी पुष्ट नहीं</translation>
    </message>
    <message>
        <source>1  Trace</source>
        <translation>1  बरामदगी</translation>
    </message>
    <message>
        <source>Produced before the CWC at</source>
        <translation>बाल कल्याण समिति के सामने पेश करने का समय</translation>
    </message>
    <message>
        <source>Child Welfare Committee</source>
        <translation>बाल कल्याण समिति</translation>
    </message>
    <message>
        <source>e.g. CWC Mumbai City</source>
        <translation>जैसे CWC मुंबई शहर</translation>
    </message>
    <message>
        <source>CWC order number</source>
        <translation>समिति आदेश संख्या</translation>
    </message>
    <message>
        <source>CWC order</source>
        <translation>समिति का आदेश</translation>
    </message>
    <message>
        <source>Child care institution</source>
        <translation>बाल देखरेख संस्था</translation>
    </message>
    <message>
        <source>Why no CWC production (adults)</source>
        <translation>समिति के सामने पेश क्यों नहीं किया (वयस्क)</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>किसे सौंपा</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>दिखाया गया पहचान पत्र</translation>
    </message>
    <message>
        <source>Its number</source>
        <translation>उसकी संख्या</translation>
    </message>
    <message>
        <source>Identity document checked</source>
        <translation>पहचान पत्र जाँचा गया</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>सौंपने का समय</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>गवाह</translation>
    </message>
    <message>
        <source>Counselling done</source>
        <translation>परामर्श किया गया</translation>
    </message>
    <message>
        <source>Readmitted to school</source>
        <translation>स्कूल में फिर से दाखिला</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>अनुवर्ती कार्रवाई</translation>
    </message>
    <message>
        <source>Safe-and-well check by</source>
        <translation>कुशलता जाँच करने वाले</translation>
    </message>
    <message>
        <source>Safe-and-well check at</source>
        <translation>कुशलता जाँच का समय</translation>
    </message>
    <message>
        <source>Safe-and-well notes</source>
        <translation>कुशलता जाँच टिप्पणी</translation>
    </message>
    <message>
        <source>Return interview</source>
        <translation>लौटने के बाद की बातचीत</translation>
    </message>
    <message>
        <source>Interview by</source>
        <translation>बातचीत करने वाले</translation>
    </message>
    <message>
        <source>Interview at</source>
        <translation>बातचीत का समय</translation>
    </message>
    <message>
        <source>2  Reunion</source>
        <translation>2  परिवार से मिलन</translation>
    </message>
    <message>
        <source>Complainant informed at</source>
        <translation>शिकायतकर्ता को सूचना का समय</translation>
    </message>
    <message>
        <source>DLSA informed at</source>
        <translation>ज़िला विधिक सेवा प्राधिकरण को सूचना का समय</translation>
    </message>
    <message>
        <source>Final report (FIR) reference</source>
        <translation>अंतिम रिपोर्ट (एफ़आईआर) संदर्भ</translation>
    </message>
    <message>
        <source>+ Add a portal updated</source>
        <translation>+ अद्यतन किया गया पोर्टल जोड़ें</translation>
    </message>
    <message>
        <source>Portal records updated</source>
        <translation>अद्यतन किए गए पोर्टल रिकॉर्ड</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>अभी बाकी</translation>
    </message>
    <message>
        <source>3  Closure steps</source>
        <translation>3  मामला बंद करने के चरण</translation>
    </message>
    <message>
        <source>Save this step</source>
        <translation>यह चरण सहेजें</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>मामला बंद करें</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Nothing: the case can close.</source>
        <translation>कुछ नहीं: मामला बंद हो सकता है।</translation>
    </message>
    <message>
        <source>CWC production {state}, {when}</source>
        <translation>बाल कल्याण समिति के सामने पेशी {state}, {when}</translation>
    </message>
    <message>
        <source>CWC production due {due}: OVERDUE by {late}</source>
        <translation>बाल कल्याण समिति के सामने पेशी की समय-सीमा {due}: {late} से समय-सीमा पार</translation>
    </message>
    <message>
        <source>CWC production due {due}: {left} left</source>
        <translation>बाल कल्याण समिति के सामने पेशी की समय-सीमा {due}: {left} बाकी</translation>
    </message>
    <message>
        <source>Trace recorded. Now record the CWC production and the handover.</source>
        <translation>बरामदगी दर्ज हुई। अब समिति के सामने पेशी और सुपुर्दगी दर्ज करें।</translation>
    </message>
    <message>
        <source>Reunion recorded.</source>
        <translation>परिवार से मिलन दर्ज हुआ।</translation>
    </message>
    <message>
        <source>Closure steps recorded.</source>
        <translation>मामला बंद करने के चरण दर्ज हुए।</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>सहेजा नहीं गया। {problem}</translation>
    </message>
    <message>
        <source>Not saved: put right what is marked in red.</source>
        <translation>सहेजा नहीं गया: लाल निशान वाली बातें ठीक करें।</translation>
    </message>
    <message>
        <source>Case {number} is closed.</source>
        <translation>मामला {number} बंद हो गया।</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>यह चरण</translation>
    </message>
    <message>
        <source>Case {number} is traced. Before it can be closed:
{steps}</source>
        <translation>मामला {number} में व्यक्ति का पता चल गया है। इसे बंद करने से पहले:
{steps}</translation>
    </message>
</context>
<context>
    <name>TraceSection</name>
    <message>
        <source>Deadline</source>
        <translation>समय-सीमा वाला काम</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत तिथि</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Record the trace…</source>
        <translation>बरामदगी दर्ज करें…</translation>
    </message>
    <message>
        <source>Reunion and closure steps…</source>
        <translation>परिवार से मिलन और मामला बंद करने के चरण…</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>मामला बंद करें…</translation>
    </message>
    <message>
        <source>The trace is recorded on a saved case.</source>
        <translation>बरामदगी केवल सहेजे गए मामले पर दर्ज होती है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}. Not traced yet.</source>
        <translation>&lt;b&gt;स्थिति:&lt;/b&gt; {status}। अभी पता नहीं चला।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traced&lt;/b&gt; {when} at {place} ({how}; condition: {condition}).</source>
        <translation>&lt;b&gt;पता चला&lt;/b&gt; {when} को {place} पर ({how}; हालत: {condition})।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confirmed reason:&lt;/b&gt; {reason}.</source>
        <translation>&lt;b&gt;पुष्ट कारण:&lt;/b&gt; {reason}।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the CWC&lt;/b&gt; {when} ({committee}).</source>
        <translation>&lt;b&gt;बाल कल्याण समिति के सामने पेश&lt;/b&gt; {when} ({committee})।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handed over&lt;/b&gt; {when} to {person}.</source>
        <translation>&lt;b&gt;सौंपा गया&lt;/b&gt; {when} को {person} को।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}.&lt;br&gt;{trace}</source>
        <translation>&lt;b&gt;स्थिति:&lt;/b&gt; {status}।&lt;br&gt;{trace}</translation>
    </message>
</context>
<context>
    <name>TriChoice</name>
    <message>
        <source>as the rules decide</source>
        <translation>नियमों के अनुसार तय होगा</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Buckle No.</source>
        <translation>बकल नं.</translation>
    </message>
    <message>
        <source>Official phone</source>
        <translation>सरकारी फ़ोन</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>से</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>स्वीकृति की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <source>password reset waiting for approval</source>
        <translation>पासवर्ड रीसेट स्वीकृति की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>must choose a password</source>
        <translation>पासवर्ड चुनना ज़रूरी</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Add a user…</source>
        <translation>उपयोगकर्ता जोड़ें…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>लॉक खोलें</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>पासवर्ड रीसेट करें…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>भूमिका बदलें…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>निष्क्रिय करें…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>फिर से सक्रिय करें…</translation>
    </message>
    <message>
        <source>{count} accounts, {locked} locked after wrong passwords. Accounts are deactivated, never deleted: the register and the audit trail still name them.</source>
        <translation>{count} खाते, गलत पासवर्ड के कारण {locked} लॉक। खाते निष्क्रिय किए जाते हैं, कभी हटाए नहीं जाते: रजिस्टर और ऑडिट ट्रेल में उनके नाम बने रहते हैं।</translation>
    </message>
    <message>
        <source>{count} accounts. Accounts are deactivated, never deleted: the register and the audit trail still name them.</source>
        <translation>{count} खाते। खाते निष्क्रिय किए जाते हैं, कभी हटाए नहीं जाते: रजिस्टर और ऑडिट ट्रेल में उनके नाम बने रहते हैं।</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>अनुरोध भेजा गया</translation>
    </message>
    <message>
        <source>The account {user} waits for a second person&apos;s approval (Administration → Requests); it cannot log on until then.</source>
        <translation>खाता {user} दूसरे व्यक्ति की स्वीकृति की प्रतीक्षा में है (प्रशासन → अनुरोध); तब तक यह लॉग ऑन नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Not unlocked</source>
        <translation>लॉक नहीं खुला</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>लॉक खुल गया</translation>
    </message>
    <message>
        <source>{name} can log on again with their own password.</source>
        <translation>{name} अपने पासवर्ड से फिर लॉग ऑन कर सकते हैं।</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>Ask for a temporary password for {name} ({user})? A second person must approve the reset; then their present password stops working and they must choose a new one at the next logon.</source>
        <translation>{name} ({user}) के लिए अस्थायी पासवर्ड माँगें? रीसेट के लिए दूसरे व्यक्ति की स्वीकृति चाहिए; फिर उनका वर्तमान पासवर्ड काम नहीं करेगा और अगले लॉग-ऑन पर उन्हें नया चुनना होगा।</translation>
    </message>
    <message>
        <source>Password not reset</source>
        <translation>पासवर्ड रीसेट नहीं हुआ</translation>
    </message>
    <message>
        <source>Reset requested</source>
        <translation>रीसेट का अनुरोध किया गया</translation>
    </message>
    <message>
        <source>Once the reset is approved, give {user} this temporary password in person: {password}
They must choose their own at the next logon.</source>
        <translation>रीसेट स्वीकृत होने पर {user} को यह अस्थायी पासवर्ड स्वयं दें: {password}
अगले लॉग-ऑन पर उन्हें अपना पासवर्ड चुनना होगा।</translation>
    </message>
    <message>
        <source>The station head who approves the reset (Administration → Requests) sets the temporary password and gives it to the officer.</source>
        <translation>रीसेट स्वीकृत करने वाले थाना प्रभारी (प्रशासन → अनुरोध) अस्थायी पासवर्ड रखते हैं और अधिकारी को देते हैं।</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>भूमिका बदल गई</translation>
    </message>
    <message>
        <source>{name}&apos;s role is changed.</source>
        <translation>{name} की भूमिका बदल गई है।</translation>
    </message>
    <message>
        <source>The change of {name}&apos;s role waits for a second person&apos;s approval (Administration → Requests).</source>
        <translation>{name} की भूमिका का बदलाव दूसरे व्यक्ति की स्वीकृति की प्रतीक्षा में है (प्रशासन → अनुरोध)।</translation>
    </message>
    <message>
        <source>Reactivate {name} ({user})? They can log on again.</source>
        <translation>{name} ({user}) को फिर से सक्रिय करें? वे फिर लॉग ऑन कर सकेंगे।</translation>
    </message>
    <message>
        <source>Deactivate {name} ({user})? They can no longer log on; their name stays on the cases and in the audit trail.</source>
        <translation>{name} ({user}) को निष्क्रिय करें? वे अब लॉग ऑन नहीं कर सकेंगे; उनका नाम मामलों पर और ऑडिट ट्रेल में बना रहता है।</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>खाता फिर से सक्रिय करें</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>खाता निष्क्रिय करें</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>{name} — made {when}, {size}, encrypted</source>
        <translation>{name} — {when} को बना, {size}, कूटबद्ध</translation>
    </message>
    <message>
        <source>{name} — made {when}, {size}, not encrypted</source>
        <translation>{name} — {when} को बना, {size}, कूटबद्ध नहीं</translation>
    </message>
    <message>
        <source>Talash backups (*.sqlite);;All files (*)</source>
        <translation>तलाश बैकअप (*.sqlite);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>the check failed</source>
        <translation>जाँच विफल रही</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (और 1 अन्य समस्या)</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (और {count} अन्य समस्याएँ)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>केवल पढ़ने के लिए</translation>
    </message>
    <message>
        <source>READ-ONLY: the register failed its start-up check. Cases can be read, nothing can be saved. Restore the latest backup: Administration → Backups.</source>
        <translation>केवल पढ़ने के लिए: रजिस्टर शुरुआती जाँच में विफल रहा। मामले पढ़े जा सकते हैं, कुछ भी सहेजा नहीं जा सकता। सबसे नया बैकअप पुनर्स्थापित करें: प्रशासन → बैकअप।</translation>
    </message>
    <message>
        <source>A station head or administrator restores the latest backup (Administration → Backups → Restore the selected…).
What SQLite reported: {problem}</source>
        <translation>थाना प्रभारी या प्रशासक सबसे नया बैकअप पुनर्स्थापित करते हैं (प्रशासन → बैकअप → चुना हुआ पुनर्स्थापित करें…)।
SQLite ने बताया: {problem}</translation>
    </message>
</context>
<context>
    <name>flat</name>
    <message>
        <source>is required</source>
        <translation>आवश्यक है</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; संख्या नहीं है</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid choice</source>
        <translation>&apos;{text}&apos; मान्य विकल्प नहीं है</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Talash cannot start</source>
        <translation>तलाश शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <source>Demo station: log on as {people}; the password is {password}.</source>
        <translation>अभ्यास थाना: {people} के रूप में लॉग ऑन करें; पासवर्ड {password} है।</translation>
    </message>
    <message>
        <source>Demo station</source>
        <translation>अभ्यास थाना</translation>
    </message>
    <message>
        <source>Filling the demo station with invented cases…</source>
        <translation>अभ्यास थाने में काल्पनिक मामले भरे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Encrypted register</source>
        <translation>एन्क्रिप्टेड रजिस्टर</translation>
    </message>
    <message>
        <source>The register {register} is encrypted.
Type its passphrase:</source>
        <translation>रजिस्टर {register} एन्क्रिप्टेड है।
उसका पासफ़्रेज़ टाइप करें:</translation>
    </message>
    <message>
        <source>The register is restored from {backup}.

The damaged register is kept as {copy}.

Log on to go on. Work saved after that backup was made must be entered again.</source>
        <translation>रजिस्टर {backup} से वापस लाया गया है।

खराब रजिस्टर {copy} के रूप में रखा गया है।

आगे बढ़ने के लिए लॉग ऑन करें। उस बैकअप के बाद सहेजा गया काम फिर से दर्ज करना होगा।</translation>
    </message>
    <message>
        <source>The register is restored from {backup}.

Log on to go on. Work saved after that backup was made must be entered again.</source>
        <translation>रजिस्टर {backup} से वापस लाया गया है।

आगे बढ़ने के लिए लॉग ऑन करें। उस बैकअप के बाद सहेजा गया काम फिर से दर्ज करना होगा।</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>बैकअप वापस लाया गया</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>रजिस्टर खराब हो गया है</translation>
    </message>
    <message>
        <source>The check of the whole register found damage:
{problem}

The window closes now; open forms are kept as drafts. The register is then opened again with the offer to restore the latest backup, or to go on read-only.</source>
        <translation>पूरे रजिस्टर की जाँच में खराबी मिली:
{problem}

विंडो अब बंद होगी; खुले फ़ॉर्म ड्राफ़्ट के रूप में रखे जाएँगे। फिर रजिस्टर दोबारा खुलेगा, नवीनतम बैकअप वापस लाने या केवल पढ़ने के लिए आगे बढ़ने के विकल्प के साथ।</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The entry cannot be saved:</source>
        <translation>यह प्रविष्टि सहेजी नहीं जा सकती:</translation>
    </message>
    <message>
        <source>{problem}

Nothing was saved; everything you typed is still on the screen.</source>
        <translation>{problem}

कुछ भी सहेजा नहीं गया; आपने जो टाइप किया वह सब स्क्रीन पर मौजूद है।</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>नहीं हुआ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>{what} has changes that are not saved.</source>
        <translation>{what} में ऐसे बदलाव हैं जो सहेजे नहीं गए।</translation>
    </message>
    <message>
        <source>Save them now? A draft is kept until you save or discard.</source>
        <translation>अभी सहेजें? जब तक आप सहेजें या छोड़ें नहीं, मसौदा रखा जाता है।</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Lookout notice (issued notices only)</source>
        <translation>तलाश सूचना (केवल जारी सूचनाएँ)</translation>
    </message>
    <message>
        <source>Found person notice</source>
        <translation>मिली हुई व्यक्ति की सूचना</translation>
    </message>
    <message>
        <source>&quot;Traced — notice withdrawn&quot; slip</source>
        <translation>&quot;पता चल गया — सूचना वापस ली गई&quot; पर्ची</translation>
    </message>
    <message>
        <source>FIR (IIF-I)</source>
        <translation>एफ़आईआर (IIF-I)</translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation>मामला पत्रक</translation>
    </message>
    <message>
        <source>Preparing: {paper}…</source>
        <translation>तैयार हो रहा है: {paper}…</translation>
    </message>
    <message>
        <source>Missing persons sheet ({count} notices)</source>
        <translation>गुमशुदा व्यक्तियों की सूची ({count} सूचनाएँ)</translation>
    </message>
    <message>
        <source>Missing persons sheet</source>
        <translation>गुमशुदा व्यक्तियों की सूची</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>सूची तैयार हो रही है…</translation>
    </message>
</context>
</TS>
