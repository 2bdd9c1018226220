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
    <name>Column</name>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>जारी करने की तारीख</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>कहाँ जारी</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>House, building, street</source>
        <translation>मकान, भवन, गली</translation>
    </message>
    <message>
        <source>Locality / village</source>
        <translation>मोहल्ला / गाँव</translation>
    </message>
    <message>
        <source>City / taluka</source>
        <translation>शहर / तहसील</translation>
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
        <source>PIN</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>नंबर या पता</translation>
    </message>
    <message>
        <source>Whose / note</source>
        <translation>किसका / टिप्पणी</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>निशान</translation>
    </message>
    <message>
        <source>Where on the body</source>
        <translation>शरीर पर कहाँ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>वस्तु</translation>
    </message>
    <message>
        <source>Colour / pattern</source>
        <translation>रंग / डिज़ाइन</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>अधिनियम</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>धारा</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>उर्फ नाम</translation>
    </message>
    <message>
        <source>Father&apos;s / husband&apos;s name</source>
        <translation>पिता / पति का नाम</translation>
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
    <name>Fields</name>
    <message>
        <source>Accused arrested</source>
        <translation>गिरफ्तार अभियुक्त</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>अधिनियम</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>की गई कार्रवाई</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>कार्रवाई का प्रकार</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>मिलते समय क्या कर रहा/रही था</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>उर्फ नाम</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>उर्फ नाम</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>आदेश देने वाला प्राधिकरण</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>बीट</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>रक्त समूह</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>शव</translation>
    </message>
    <message>
        <source>Body location</source>
        <translation>शव रखने का स्थान</translation>
    </message>
    <message>
        <source>Buckle no</source>
        <translation>बकल नंबर</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>कद-काठी</translation>
    </message>
    <message>
        <source>CCI name</source>
        <translation>बाल देखरेख संस्था (CCI) का नाम</translation>
    </message>
    <message>
        <source>CWC name</source>
        <translation>बाल कल्याण समिति का नाम</translation>
    </message>
    <message>
        <source>CWC not required reason</source>
        <translation>बाल कल्याण समिति के सामने पेश करना आवश्यक न होने का कारण</translation>
    </message>
    <message>
        <source>CWC order</source>
        <translation>समिति का आदेश</translation>
    </message>
    <message>
        <source>CWC order number</source>
        <translation>समिति आदेश संख्या</translation>
    </message>
    <message>
        <source>CWC produced at</source>
        <translation>बाल कल्याण समिति के सामने पेश करने का समय</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>घटना की परिस्थितियाँ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>कपड़े</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>शिकायतकर्ता</translation>
    </message>
    <message>
        <source>Complainant informed at</source>
        <translation>शिकायतकर्ता को सूचना का समय</translation>
    </message>
    <message>
        <source>Complexion</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>हालत</translation>
    </message>
    <message>
        <source>Condition details</source>
        <translation>हालत का विवरण</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>पुष्ट</translation>
    </message>
    <message>
        <source>Confirmed reason</source>
        <translation>पुष्ट कारण</translation>
    </message>
    <message>
        <source>Consent publish photo</source>
        <translation>फ़ोटो प्रकाशित करने की सहमति</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Copy given at</source>
        <translation>प्रति देने का समय</translation>
    </message>
    <message>
        <source>Counselling done</source>
        <translation>परामर्श किया गया</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Cross border</source>
        <translation>देश की सीमा के पार</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्मतिथि</translation>
    </message>
    <message>
        <source>Delay reason</source>
        <translation>देरी का कारण</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>हुलिया</translation>
    </message>
    <message>
        <source>Description notes</source>
        <translation>हुलिये पर टिप्पणी</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Direction from PS</source>
        <translation>थाने से दिशा</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>विकलांगता</translation>
    </message>
    <message>
        <source>Disability notes</source>
        <translation>विकलांगता पर टिप्पणी</translation>
    </message>
    <message>
        <source>Dispatched to court at</source>
        <translation>न्यायालय को भेजने का समय</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>अंतिम संस्कार</translation>
    </message>
    <message>
        <source>Disposal place</source>
        <translation>अंतिम संस्कार का स्थान</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>अंतिम संस्कार की तारीख</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ज़िला</translation>
    </message>
    <message>
        <source>Dlsa informed at</source>
        <translation>ज़िला विधिक सेवा प्राधिकरण को सूचना का समय</translation>
    </message>
    <message>
        <source>Do not disclose location</source>
        <translation>स्थान प्रकट न करें</translation>
    </message>
    <message>
        <source>Doc type</source>
        <translation>दस्तावेज़ का प्रकार</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>अभियान</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Exploitation type</source>
        <translation>शोषण का प्रकार</translation>
    </message>
    <message>
        <source>Eye colour</source>
        <translation>आँखों का रंग</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>प्रथम सूचना रिपोर्ट (एफ़आईआर)</translation>
    </message>
    <message>
        <source>FIR not filed reason</source>
        <translation>एफ़आईआर दर्ज न करने का कारण</translation>
    </message>
    <message>
        <source>Face shape</source>
        <translation>चेहरे का आकार</translation>
    </message>
    <message>
        <source>Facial hair</source>
        <translation>दाढ़ी-मूँछ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Final report ref</source>
        <translation>अंतिम रिपोर्ट संदर्भ</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>अनुवर्ती कार्रवाई</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>मिलने का समय</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>किसने पाया</translation>
    </message>
    <message>
        <source>Found place</source>
        <translation>मिलने का स्थान</translation>
    </message>
    <message>
        <source>Found with</source>
        <translation>किसके साथ मिला/मिली</translation>
    </message>
    <message>
        <source>Friends associates</source>
        <translation>मित्र व परिचित</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूरा नाम</translation>
    </message>
    <message>
        <source>GD entry at</source>
        <translation>रोज़नामचा प्रविष्टि का समय</translation>
    </message>
    <message>
        <source>GD entry no</source>
        <translation>रोज़नामचा प्रविष्टि संख्या</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>श्रेणी</translation>
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
        <source>Handover ID checked</source>
        <translation>सुपुर्दगी पर पहचान-पत्र जाँचा</translation>
    </message>
    <message>
        <source>Handover ID number</source>
        <translation>सुपुर्दगी लेने वाले के पहचान-पत्र की संख्या</translation>
    </message>
    <message>
        <source>Handover ID type</source>
        <translation>सुपुर्दगी लेने वाले के पहचान-पत्र का प्रकार</translation>
    </message>
    <message>
        <source>Handover at</source>
        <translation>सुपुर्दगी का समय</translation>
    </message>
    <message>
        <source>Handover place</source>
        <translation>सुपुर्दगी का स्थान</translation>
    </message>
    <message>
        <source>Handover relation</source>
        <translation>सुपुर्दगी लेने वाले का संबंध</translation>
    </message>
    <message>
        <source>Handover to name</source>
        <translation>किसे सुपुर्द किया</translation>
    </message>
    <message>
        <source>Handover witnesses</source>
        <translation>सुपुर्दगी के गवाह</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>होने का समय</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>ऊँचाई (सेमी)</translation>
    </message>
    <message>
        <source>Height cm</source>
        <translation>ऊँचाई (सेमी)</translation>
    </message>
    <message>
        <source>How details</source>
        <translation>पता कैसे चला, इसका विवरण</translation>
    </message>
    <message>
        <source>How traced</source>
        <translation>पता कैसे चला</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>पहचान-पत्र</translation>
    </message>
    <message>
        <source>IO</source>
        <translation>जाँच अधिकारी</translation>
    </message>
    <message>
        <source>Information source</source>
        <translation>सूचना का स्रोत</translation>
    </message>
    <message>
        <source>Information type</source>
        <translation>सूचना का प्रकार</translation>
    </message>
    <message>
        <source>Inquest date</source>
        <translation>इन्क्वेस्ट की तारीख</translation>
    </message>
    <message>
        <source>Inquest no</source>
        <translation>इन्क्वेस्ट संख्या</translation>
    </message>
    <message>
        <source>Inquest station</source>
        <translation>इन्क्वेस्ट करने वाला थाना</translation>
    </message>
    <message>
        <source>Inter state</source>
        <translation>अंतरराज्यीय</translation>
    </message>
    <message>
        <source>Involuntary</source>
        <translation>अनैच्छिक</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>जारी करने की तारीख</translation>
    </message>
    <message>
        <source>Issue place</source>
        <translation>जारी करने का स्थान</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>मद</translation>
    </message>
    <message>
        <source>JWO</source>
        <translation>बाल कल्याण पुलिस अधिकारी</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>कहाँ रखा गया</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>पहचान स्थल (लैंडमार्क)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Last seen at</source>
        <translation>अंतिम बार देखे जाने का समय</translation>
    </message>
    <message>
        <source>Last seen place</source>
        <translation>अंतिम बार देखे जाने का स्थान</translation>
    </message>
    <message>
        <source>Last seen until</source>
        <translation>अंतिम बार देखे जाने का समय (तक)</translation>
    </message>
    <message>
        <source>Last seen with</source>
        <translation>अंतिम बार किसके साथ देखा गया</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>मोहल्ला</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>देशांतर</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>वैवाहिक स्थिति</translation>
    </message>
    <message>
        <source>Mark type</source>
        <translation>निशान का प्रकार</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>पहचान चिह्न</translation>
    </message>
    <message>
        <source>Means of travel</source>
        <translation>यात्रा का साधन</translation>
    </message>
    <message>
        <source>Medical exam</source>
        <translation>चिकित्सीय जाँच</translation>
    </message>
    <message>
        <source>Medical needs</source>
        <translation>चिकित्सीय ज़रूरतें</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>मातृभाषा</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Name local</source>
        <translation>नाम (स्थानीय लिपि में)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>घटना का विवरण</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Native place</source>
        <translation>मूल निवास</translation>
    </message>
    <message>
        <source>Native state</source>
        <translation>मूल राज्य</translation>
    </message>
    <message>
        <source>New FIR number</source>
        <translation>नई एफ़आईआर संख्या</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>अगली समीक्षा की नियत तिथि</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Official phone</source>
        <translation>सरकारी फ़ोन</translation>
    </message>
    <message>
        <source>Order to publish</source>
        <translation>प्रकाशन का आदेश</translation>
    </message>
    <message>
        <source>Other features</source>
        <translation>अन्य विशेषताएँ</translation>
    </message>
    <message>
        <source>Outside PS</source>
        <translation>अन्य थाना</translation>
    </message>
    <message>
        <source>Outside PS district</source>
        <translation>अन्य थाने का ज़िला</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>PS informed at</source>
        <translation>थाने को सूचना देने का समय</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>अनुमति</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Place type</source>
        <translation>स्थान का प्रकार</translation>
    </message>
    <message>
        <source>Places frequented</source>
        <translation>अक्सर जाने की जगहें</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>पोर्टल</translation>
    </message>
    <message>
        <source>Portal match ID</source>
        <translation>पोर्टल मिलान आईडी</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>पोर्टल संदर्भ संख्या</translation>
    </message>
    <message>
        <source>Portal uploaded at</source>
        <translation>पोर्टल पर अपलोड का समय</translation>
    </message>
    <message>
        <source>Portals updated</source>
        <translation>अद्यतन किए गए पोर्टल</translation>
    </message>
    <message>
        <source>Postmortem hospital</source>
        <translation>पोस्टमार्टम करने वाला अस्पताल</translation>
    </message>
    <message>
        <source>Postmortem ref</source>
        <translation>पोस्टमार्टम रिपोर्ट संदर्भ</translation>
    </message>
    <message>
        <source>Preparations</source>
        <translation>जाने की तैयारी</translation>
    </message>
    <message>
        <source>Presumed abduction</source>
        <translation>अपहरण माना गया</translation>
    </message>
    <message>
        <source>Previous episodes</source>
        <translation>पहले लापता होने की घटनाएँ</translation>
    </message>
    <message>
        <source>Previous episodes notes</source>
        <translation>पिछली घटनाओं पर टिप्पणी</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Ransom call</source>
        <translation>फिरौती का फ़ोन</translation>
    </message>
    <message>
        <source>Ransom details</source>
        <translation>फिरौती का विवरण</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>औचित्य</translation>
    </message>
    <message>
        <source>Read over language</source>
        <translation>पढ़कर सुनाने की भाषा</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>रिपोर्ट लेने वाले</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>दर्ज करने का समय</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>दर्ज करने वाले</translation>
    </message>
    <message>
        <source>Recorded cause</source>
        <translation>दर्ज कारण</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>दर्ज होने का समय</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>संबंध</translation>
    </message>
    <message>
        <source>Relative name</source>
        <translation>रिश्तेदार का नाम</translation>
    </message>
    <message>
        <source>Relative relation</source>
        <translation>रिश्तेदार से संबंध</translation>
    </message>
    <message>
        <source>Relatives outside</source>
        <translation>बाहर रहने वाले रिश्तेदार</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <source>Report mode</source>
        <translation>रिपोर्ट का तरीका</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>रिपोर्ट करने का समय</translation>
    </message>
    <message>
        <source>Return interview</source>
        <translation>लौटने के बाद की बातचीत</translation>
    </message>
    <message>
        <source>Return interview at</source>
        <translation>लौटने के बाद की बातचीत का समय</translation>
    </message>
    <message>
        <source>Return interview by</source>
        <translation>लौटने के बाद बातचीत करने वाले</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>जोखिम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Safe well at</source>
        <translation>सकुशल होने की पुष्टि का समय</translation>
    </message>
    <message>
        <source>Safe well by</source>
        <translation>सकुशल होने की पुष्टि करने वाले</translation>
    </message>
    <message>
        <source>Safe well notes</source>
        <translation>सकुशलता पर टिप्पणी</translation>
    </message>
    <message>
        <source>School class</source>
        <translation>स्कूल की कक्षा</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>स्कूल का नाम</translation>
    </message>
    <message>
        <source>School readmission</source>
        <translation>स्कूल में पुनः प्रवेश</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>धारा</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>धाराएँ</translation>
    </message>
    <message>
        <source>Seen or heard</source>
        <translation>देखा या सुना</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Sexual offence</source>
        <translation>यौन अपराध</translation>
    </message>
    <message>
        <source>Signature kind</source>
        <translation>हस्ताक्षर का प्रकार</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Spectacles</source>
        <translation>चश्मा</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Statement by</source>
        <translation>बयान देने वाले</translation>
    </message>
    <message>
        <source>Statement recorded</source>
        <translation>बयान दर्ज किया</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>थाना</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>थाने</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>संदिग्ध</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>संदिग्ध व्यक्ति</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>लेने की तारीख</translation>
    </message>
    <message>
        <source>Time since death</source>
        <translation>मृत्यु के बाद का समय</translation>
    </message>
    <message>
        <source>Trace type</source>
        <translation>पता चलने का प्रकार</translation>
    </message>
    <message>
        <source>Traced at</source>
        <translation>पता चलने का समय</translation>
    </message>
    <message>
        <source>Traced by name</source>
        <translation>पता लगाने वाले का नाम</translation>
    </message>
    <message>
        <source>Traced by number</source>
        <translation>पता लगाने वाले का बकल नंबर</translation>
    </message>
    <message>
        <source>Traced by rank</source>
        <translation>पता लगाने वाले का पद</translation>
    </message>
    <message>
        <source>Traced by unit</source>
        <translation>पता लगाने वाले की इकाई</translation>
    </message>
    <message>
        <source>Trigger notes</source>
        <translation>कारणों पर टिप्पणी</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>कारक घटनाएँ</translation>
    </message>
    <message>
        <source>UIDB number</source>
        <translation>अज्ञात शव (UIDB) संख्या</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>अद्यतन का समय</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Zero FIR number</source>
        <translation>ज़ीरो एफ़आईआर संख्या</translation>
    </message>
    <message>
        <source>Zero FIR station</source>
        <translation>ज़ीरो एफ़आईआर दर्ज करने वाला थाना</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ज़ोन</translation>
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
        <source>the entry</source>
        <translation>यह प्रविष्टि</translation>
    </message>
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
    <name>formats</name>
    <message>
        <source>&apos;{text}&apos; is not a date and time in the form DD-MM-YYYY HH:MM (24-hour clock, e.g. 20-11-2026 18:30)</source>
        <translation>&apos;{text}&apos; DD-MM-YYYY HH:MM रूप में तारीख और समय नहीं है (24 घंटे की घड़ी, जैसे 20-11-2026 18:30)</translation>
    </message>
    <message>
        <source>add the time as HH:MM (24-hour clock), e.g. 18:30</source>
        <translation>समय HH:MM रूप में लिखें (24 घंटे की घड़ी), जैसे 18:30</translation>
    </message>
    <message>
        <source>{hour}:{minute} is not a time on the 24-hour clock</source>
        <translation>{hour}:{minute} 24 घंटे की घड़ी का समय नहीं है</translation>
    </message>
    <message>
        <source>give the whole date, DD-MM-YYYY</source>
        <translation>पूरी तारीख दें, DD-MM-YYYY</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>समय-सीमा {span} से पार</translation>
    </message>
    <message>
        <source>due in {span}</source>
        <translation>{span} में नियत</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} दिन</translation>
    </message>
    <message>
        <source>{hours} h {mins} min</source>
        <translation>{hours} घंटे {mins} मिनट</translation>
    </message>
    <message>
        <source>{mins} min</source>
        <translation>{mins} मिनट</translation>
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
    <name>models</name>
    <message>
        <source>% traced</source>
        <translation>% बरामद</translation>
    </message>
    <message>
        <source>&apos;no apparent risk&apos; is for adults only</source>
        <translation>&apos;कोई स्पष्ट जोखिम नहीं&apos; केवल वयस्कों के लिए है</translation>
    </message>
    <message>
        <source>&apos;{band}&apos; is not a band such as 12-15</source>
        <translation>&apos;{band}&apos; 12-15 जैसा आयु-वर्ग नहीं है</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a reason code (see talash taxonomy)</source>
        <translation>&apos;{code}&apos; कारण का कोड नहीं है (talash taxonomy देखें)</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is answered twice</source>
        <translation>&apos;{item}&apos; का उत्तर दो बार दिया गया है</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not a checklist item</source>
        <translation>&apos;{item}&apos; जाँच-सूची का मद नहीं है</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; usually makes the risk high</source>
        <translation>&apos;{label}&apos; होने पर जोखिम आमतौर पर अधिक होता है</translation>
    </message>
    <message>
        <source>&apos;{reference}&apos; is not an order number (it has no digits), e.g. &apos;CWC/112/2026&apos;</source>
        <translation>&apos;{reference}&apos; आदेश संख्या नहीं है (इसमें अंक नहीं हैं), जैसे &apos;CWC/112/2026&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a database address Talash understands.</source>
        <translation>&apos;{text}&apos; ऐसा डेटाबेस पता नहीं है जिसे Talash समझता हो।</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date in the form DD-MM-YYYY (or MM-YYYY, or just the year YYYY); the year needs four digits</source>
        <translation>&apos;{text}&apos; DD-MM-YYYY (या MM-YYYY, या केवल वर्ष YYYY) रूप की तारीख नहीं है; वर्ष चार अंकों का होना चाहिए</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>&apos;{text}&apos; YYYY, YYYY-MM या YYYY-MM-DD रूप की तारीख नहीं है</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day: {problem}</source>
        <translation>&apos;{text}&apos; कोई दिन नहीं है: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole date; write DD-MM-YYYY</source>
        <translation>&apos;{text}&apos; पूरी तारीख नहीं है; DD-MM-YYYY लिखें</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not {expected}</source>
        <translation>&apos;{text}&apos; अपेक्षित रूप में नहीं है: {expected}</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is already taken</source>
        <translation>&apos;{username}&apos; नाम पहले से लिया जा चुका है</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time in the form YYYY-MM-DDTHH:MM (optionally with an offset such as +05:30)</source>
        <translation>&apos;{value}&apos; YYYY-MM-DDTHH:MM (चाहें तो +05:30 जैसे अंतर के साथ) रूप में तारीख और समय नहीं है</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;{value}&apos; YYYY-MM-DD रूप में तारीख नहीं है</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed}</source>
        <translation>&apos;{value}&apos; इनमें से नहीं है: {allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {allowed} (did you mean &apos;{hint}&apos;?)</source>
        <translation>&apos;{value}&apos; इनमें से नहीं है: {allowed} (क्या आपका मतलब &apos;{hint}&apos; है?)</translation>
    </message>
    <message>
        <source>A PostgreSQL register is protected by the server&apos;s disk encryption and TLS, not by Talash (see docs/security.md).</source>
        <translation>PostgreSQL रजिस्टर की सुरक्षा सर्वर के डिस्क एन्क्रिप्शन और TLS से होती है, Talash से नहीं (docs/security.md देखें)।</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{new}&apos;.</source>
        <translation>जो मामला &apos;{current}&apos; है वह &apos;{new}&apos; नहीं हो सकता।</translation>
    </message>
    <message>
        <source>A case that is &apos;{current}&apos; cannot become &apos;{new}&apos;: {why}.</source>
        <translation>जो मामला &apos;{current}&apos; है वह &apos;{new}&apos; नहीं हो सकता: {why}।</translation>
    </message>
    <message>
        <source>A destruction of {subject_ref} was already asked for (request {uuid}); it waits for an administrator.</source>
        <translation>{subject_ref} को नष्ट करने का अनुरोध पहले ही किया जा चुका है (अनुरोध {uuid}); वह प्रशासक के पास लंबित है।</translation>
    </message>
    <message>
        <source>A key already exists in {target}. Replacing it means HQ must trust the new key before it accepts another return; ask again with --replace.</source>
        <translation>{target} में कुंजी पहले से है। उसे बदलने पर अगला विवरण स्वीकार करने से पहले मुख्यालय को नई कुंजी पर भरोसा करना होगा; --replace के साथ फिर से कहें।</translation>
    </message>
    <message>
        <source>A recovery key has 56 letters and digits (14 groups of four); this one has {text_count}.</source>
        <translation>रिकवरी कुंजी में 56 अक्षर और अंक होते हैं (चार-चार के 14 समूह); इसमें {text_count} हैं।</translation>
    </message>
    <message>
        <source>A request about {username} already waits for approval ({pending_request}).</source>
        <translation>{username} के बारे में एक अनुरोध पहले से स्वीकृति के लिए लंबित है ({pending_request})।</translation>
    </message>
    <message>
        <source>A request must be decided by someone other than its author.</source>
        <translation>अनुरोध पर निर्णय उसे करने वाले के अलावा कोई दूसरा व्यक्ति ले।</translation>
    </message>
    <message>
        <source>A role name is small letters, digits and underscores, e.g. talash_app.</source>
        <translation>रोल का नाम छोटे अंग्रेज़ी अक्षरों, अंकों और अंडरस्कोर का होता है, जैसे talash_app।</translation>
    </message>
    <message>
        <source>AHTU due: the FIR is older than the transfer period, or at once when trafficking is suspected. CWC figures cover children traced in the period, as recorded today. FIRs by section count every case whose FIR was registered in the period.</source>
        <translation>AHTU को भेजना बाकी: एफ़आईआर स्थानांतरण अवधि से पुरानी है, या तस्करी का संदेह होने पर तुरंत। बाल कल्याण समिति के आँकड़े इस अवधि में बरामद बच्चों के हैं, आज दर्ज स्थिति के अनुसार। धारावार एफ़आईआर में वह हर मामला गिना जाता है जिसकी एफ़आईआर इस अवधि में दर्ज हुई।</translation>
    </message>
    <message>
        <source>Accused arrested</source>
        <translation>गिरफ्तार अभियुक्त</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>वयस्क</translation>
    </message>
    <message>
        <source>Age in completed years when last seen (the lower bound when only a range is known). Bands: {bands}.</source>
        <translation>अंतिम बार देखे जाने के समय पूरे वर्षों में आयु (केवल आयु-सीमा ज्ञात हो तो निचली सीमा)। आयु-वर्ग: {bands}।</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>सभी बच्चे</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>सभी अभियान</translation>
    </message>
    <message>
        <source>All found persons and bodies</source>
        <translation>सभी मिले व्यक्ति और शव</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>सभी तरीके</translation>
    </message>
    <message>
        <source>All persons</source>
        <translation>सभी व्यक्ति</translation>
    </message>
    <message>
        <source>All traced children</source>
        <translation>सभी बरामद बच्चे</translation>
    </message>
    <message>
        <source>All traced persons</source>
        <translation>सभी बरामद व्यक्ति</translation>
    </message>
    <message>
        <source>An SQLite address must name a file.</source>
        <translation>SQLite पते में फ़ाइल का नाम होना चाहिए।</translation>
    </message>
    <message>
        <source>An account cannot ask to change its own role.</source>
        <translation>कोई खाता अपनी ही भूमिका बदलने का अनुरोध नहीं कर सकता।</translation>
    </message>
    <message>
        <source>An account cannot change its own role.</source>
        <translation>कोई खाता अपनी ही भूमिका नहीं बदल सकता।</translation>
    </message>
    <message>
        <source>An account cannot deactivate or reactivate itself.</source>
        <translation>कोई खाता खुद को निष्क्रिय या पुनः सक्रिय नहीं कर सकता।</translation>
    </message>
    <message>
        <source>An administrator asks for the account without a password: the station head who approves it sets the temporary one.</source>
        <translation>प्रशासक बिना पासवर्ड के खाते का अनुरोध करते हैं: स्वीकृति देने वाले थाना प्रभारी अस्थायी पासवर्ड तय करते हैं।</translation>
    </message>
    <message>
        <source>An administrator asks for the reset without a password: the station head who approves it sets the temporary one.</source>
        <translation>प्रशासक बिना पासवर्ड के रीसेट का अनुरोध करते हैं: स्वीकृति देने वाले थाना प्रभारी अस्थायी पासवर्ड तय करते हैं।</translation>
    </message>
    <message>
        <source>An investigating officer has taken this case, so the grace period for mending it is over; ask its investigating officer or the station head.</source>
        <translation>यह मामला जाँच अधिकारी ने ले लिया है, इसलिए सुधार की छूट अवधि समाप्त हो गई है; इसके जाँच अधिकारी या थाना प्रभारी से कहें।</translation>
    </message>
    <message>
        <source>Another package with the same export id ({export_id}) was imported on {imported_at}; this one differs from it. Refused as a replay.</source>
        <translation>इसी निर्यात आईडी ({export_id}) का दूसरा पैकेज {imported_at} को आयात हो चुका है; यह उससे भिन्न है। दोहराव मानकर अस्वीकार किया।</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>अप्रै.</translation>
    </message>
    <message>
        <source>April</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>Ask for at least one line of the overdue list.</source>
        <translation>समय-सीमा पार सूची की कम से कम एक पंक्ति माँगें।</translation>
    </message>
    <message>
        <source>Ask for at least one possible match.</source>
        <translation>कम से कम एक संभावित मिलान माँगें।</translation>
    </message>
    <message>
        <source>Ask for at least one result.</source>
        <translation>कम से कम एक परिणाम माँगें।</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>अग.</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <source>Begging</source>
        <translation>भीख माँगना</translation>
    </message>
    <message>
        <source>Both records are of the same station: it sees that pair itself.</source>
        <translation>दोनों रिकॉर्ड एक ही थाने के हैं: वह जोड़ी वह थाना स्वयं देखता है।</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>लड़के</translation>
    </message>
    <message>
        <source>Break-glass access refused: {problem}.</source>
        <translation>आपातकालीन पहुँच अस्वीकार: {problem}।</translation>
    </message>
    <message>
        <source>By the CWC&apos;s order as recorded today; a death recorded at the trace comes first.</source>
        <translation>आज दर्ज बाल कल्याण समिति के आदेश के अनुसार; पता चलने के समय दर्ज मृत्यु पहले गिनी जाती है।</translation>
    </message>
    <message>
        <source>Case {register_no} cannot be closed yet. Still to do:
{listed}</source>
        <translation>मामला {register_no} अभी बंद नहीं किया जा सकता। अभी करना बाकी:
{listed}</translation>
    </message>
    <message>
        <source>Case {register_no} has no FIR entered{reason}.</source>
        <translation>मामले {register_no} में एफ़आईआर दर्ज नहीं है{reason}।</translation>
    </message>
    <message>
        <source>Case {register_no} has no photo {photo_id}.</source>
        <translation>मामले {register_no} में फ़ोटो {photo_id} नहीं है।</translation>
    </message>
    <message>
        <source>Case {register_no} has no trace to close on.</source>
        <translation>मामले {register_no} में बंद करने के लिए पता चलने की प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>Case {register_no} is {status}; it can no longer be edited.</source>
        <translation>मामला {register_no} {status} है; इसमें अब बदलाव नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Case {register_no} is {status}; its action log is closed.</source>
        <translation>मामला {register_no} {status} है; इसकी कार्रवाई-सूची बंद है।</translation>
    </message>
    <message>
        <source>Case {register_no} is {status}; link only to an open case.</source>
        <translation>मामला {register_no} {status} है; केवल खुले मामले से जोड़ें।</translation>
    </message>
    <message>
        <source>Case {register_no} is {status}; risk is assessed while the person is missing.</source>
        <translation>मामला {register_no} {status} है; जोखिम का आकलन व्यक्ति के लापता रहते ही होता है।</translation>
    </message>
    <message>
        <source>Case {register_no} was changed by {who} at {when} after you opened it. Nothing was saved. Look at what changed, then apply your edit again.</source>
        <translation>आपके खोलने के बाद {when} को {who} ने मामला {register_no} बदल दिया। कुछ भी सहेजा नहीं गया। क्या बदला, यह देखें, फिर अपना बदलाव दोबारा करें।</translation>
    </message>
    <message>
        <source>Change your own password with &apos;change password&apos;, not a reset.</source>
        <translation>अपना पासवर्ड &apos;पासवर्ड बदलें&apos; से बदलें, रीसेट से नहीं।</translation>
    </message>
    <message>
        <source>Child cases due for the AHTU and not transferred at period end</source>
        <translation>अवधि के अंत में AHTU को भेजने योग्य पर न भेजे गए बच्चों के मामले</translation>
    </message>
    <message>
        <source>Child cases transferred to the AHTU: early (trafficking suspected)</source>
        <translation>मानव तस्करी विरोधी इकाई (AHTU) को भेजे गए बच्चों के मामले: जल्दी (तस्करी का संदेह)</translation>
    </message>
    <message>
        <source>Child cases transferred to the AHTU: {months}-month rule</source>
        <translation>मानव तस्करी विरोधी इकाई (AHTU) को भेजे गए बच्चों के मामले: {months} महीने का नियम</translation>
    </message>
    <message>
        <source>Child labour or domestic work</source>
        <translation>बाल श्रम या घरेलू काम</translation>
    </message>
    <message>
        <source>Child reports not uploaded to {portal}</source>
        <translation>{portal} पर अपलोड न हुई बच्चों की रिपोर्टें</translation>
    </message>
    <message>
        <source>Child reports uploaded to {portal} after {limit}</source>
        <translation>{limit} के बाद {portal} पर अपलोड हुई बच्चों की रिपोर्टें</translation>
    </message>
    <message>
        <source>Child reports uploaded to {portal} within {limit}</source>
        <translation>{limit} के भीतर {portal} पर अपलोड हुई बच्चों की रिपोर्टें</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>बच्चे</translation>
    </message>
    <message>
        <source>Children (under 18)</source>
        <translation>बच्चे (18 वर्ष से कम)</translation>
    </message>
    <message>
        <source>Children reported missing in the period</source>
        <translation>इस अवधि में लापता दर्ज बच्चे</translation>
    </message>
    <message>
        <source>Children traced or found</source>
        <translation>बरामद या मिले बच्चे</translation>
    </message>
    <message>
        <source>Children untraced at end</source>
        <translation>अंत में लापता बच्चे</translation>
    </message>
    <message>
        <source>Children {band}</source>
        <translation>बच्चे {band}</translation>
    </message>
    <message>
        <source>Children, other ages</source>
        <translation>बच्चे, अन्य आयु</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Counted over the days of each drive that fall in the period. On record: a missing report exists (here, or at another station for a linked found child).</source>
        <translation>हर अभियान के वे दिन गिने गए हैं जो इस अवधि में आते हैं। रिकॉर्ड पर: गुमशुदगी की रिपोर्ट मौजूद है (यहाँ, या जोड़े गए मिले बच्चे के लिए किसी अन्य थाने में)।</translation>
    </message>
    <message>
        <source>Counts from 1 to {below} are shown as &lt;{threshold}; counts shown as {withheld} are withheld so that no such count can be worked out from the totals; percentages on a base below {threshold} or of a hidden count are shown as {suppressed}. Exact figures go to HQ in the signed package only.</source>
        <translation>1 से {below} तक की संख्याएँ &lt;{threshold} के रूप में दिखाई गई हैं; {withheld} के रूप में दिखाई संख्याएँ रोकी गई हैं ताकि योग से ऐसी कोई संख्या निकाली न जा सके; {threshold} से कम आधार वाले या छिपी संख्या के प्रतिशत {suppressed} के रूप में दिखाए गए हैं। सटीक आँकड़े केवल हस्ताक्षरित पैकेज में मुख्यालय को जाते हैं।</translation>
    </message>
    <message>
        <source>D1 Children traced or found during the drive</source>
        <translation>D1 अभियान के दौरान बरामद या मिले बच्चे</translation>
    </message>
    <message>
        <source>D2 What the children were doing when found</source>
        <translation>D2 मिलते समय बच्चे क्या कर रहे थे</translation>
    </message>
    <message>
        <source>D3 What became of them</source>
        <translation>D3 उनका आगे क्या हुआ</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>दिसं.</translation>
    </message>
    <message>
        <source>December</source>
        <translation>दिसंबर</translation>
    </message>
    <message>
        <source>Each station&apos;s newest package for this period; a resent return replaces the earlier one.</source>
        <translation>इस अवधि के लिए हर थाने का सबसे नया पैकेज; दोबारा भेजा गया विवरण पहले वाले की जगह लेता है।</translation>
    </message>
    <message>
        <source>Each station&apos;s weekly returns for the period added up (its newest package for each week); a station with a week missing is marked, and its figures cover only the weeks received.</source>
        <translation>अवधि के लिए हर थाने की साप्ताहिक विवरणियाँ जोड़ी गई हैं (हर सप्ताह का सबसे नया पैकेज); जिस थाने का कोई सप्ताह नहीं मिला उस पर निशान है, और उसके आँकड़े केवल मिले सप्ताहों के हैं।</translation>
    </message>
    <message>
        <source>F</source>
        <translation>म</translation>
    </message>
    <message>
        <source>FIR for a missing child ({due})</source>
        <translation>लापता बच्चे के लिए एफ़आईआर ({due})</translation>
    </message>
    <message>
        <source>FIR {number} of {year} is already case {holder}&apos;s; each FIR number is given once a year. Check the number in the FIR book.</source>
        <translation>{year} की एफ़आईआर {number} पहले से मामले {holder} की है; हर एफ़आईआर संख्या वर्ष में एक ही बार दी जाती है। एफ़आईआर रजिस्टर में संख्या जाँचें।</translation>
    </message>
    <message>
        <source>FIR {number} was given to another case from another desk a moment ago; nothing was saved. Check the number in the FIR book.</source>
        <translation>एफ़आईआर {number} अभी-अभी दूसरे डेस्क से दूसरे मामले को दी गई; कुछ भी सहेजा नहीं गया। एफ़आईआर रजिस्टर में संख्या जाँचें।</translation>
    </message>
    <message>
        <source>FIRs against employers or others</source>
        <translation>नियोक्ताओं या अन्य के विरुद्ध एफ़आईआर</translation>
    </message>
    <message>
        <source>FIRs registered (against employers or others)</source>
        <translation>दर्ज एफ़आईआर (नियोक्ताओं या अन्य के विरुद्ध)</translation>
    </message>
    <message>
        <source>FIRs registered under {act} {section}</source>
        <translation>{act} {section} के तहत दर्ज एफ़आईआर</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>फ़र.</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फ़रवरी</translation>
    </message>
    <message>
        <source>Found child before the CWC ({due})</source>
        <translation>मिला बच्चा बाल कल्याण समिति के सामने ({due})</translation>
    </message>
    <message>
        <source>Found child on the portal, JJ s.32 ({due})</source>
        <translation>मिला बच्चा पोर्टल पर, किशोर न्याय अधिनियम धारा 32 ({due})</translation>
    </message>
    <message>
        <source>Found dead or died</source>
        <translation>मृत मिले या मृत्यु हुई</translation>
    </message>
    <message>
        <source>Found in the period</source>
        <translation>इस अवधि में मिले</translation>
    </message>
    <message>
        <source>Found in the period; matching and status as recorded today. Bodies are counted apart from the living, whatever their apparent age.</source>
        <translation>इस अवधि में मिले; मिलान और स्थिति आज दर्ज अनुसार। शव, उनकी दिखने वाली आयु जो भी हो, जीवितों से अलग गिने गए हैं।</translation>
    </message>
    <message>
        <source>Found person {items} is linked to case {register_no}. Destroy that record first (under the same order, if it names it), then the case.</source>
        <translation>मिला व्यक्ति {items} मामले {register_no} से जुड़ा है। पहले वह रिकॉर्ड नष्ट करें (यदि उसी आदेश में उसका नाम है), फिर मामला।</translation>
    </message>
    <message>
        <source>Found: missing report at another station</source>
        <translation>मिले: किसी अन्य थाने में गुमशुदगी रिपोर्ट</translation>
    </message>
    <message>
        <source>Found: not on record</source>
        <translation>मिले: रिकॉर्ड पर नहीं</translation>
    </message>
    <message>
        <source>From other states</source>
        <translation>अन्य राज्यों से</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>लड़कियाँ</translation>
    </message>
    <message>
        <source>HQ has no notice-signing key yet: make one first (talash hq notice-key).</source>
        <translation>मुख्यालय के पास अभी सूचना-हस्ताक्षर कुंजी नहीं है: पहले एक बनाएँ (talash hq notice-key)।</translation>
    </message>
    <message>
        <source>HQ holds no {what} {ref} in the stations&apos; latest packages.</source>
        <translation>थानों के नवीनतम पैकेजों में मुख्यालय के पास {what} {ref} नहीं है।</translation>
    </message>
    <message>
        <source>HQ holds no {what} {ref} of {station} in the stations&apos; latest packages.</source>
        <translation>थानों के नवीनतम पैकेजों में मुख्यालय के पास {station} का {what} {ref} नहीं है।</translation>
    </message>
    <message>
        <source>HQ&apos;s notice-signing key is not installed, so no notice can be trusted. Install the file HQ sent (talash keys trust-hq-notices FILE).</source>
        <translation>मुख्यालय की सूचना-हस्ताक्षर कुंजी स्थापित नहीं है, इसलिए किसी सूचना पर भरोसा नहीं किया जा सकता। मुख्यालय की भेजी फ़ाइल स्थापित करें (talash keys trust-hq-notices FILE)।</translation>
    </message>
    <message>
        <source>HQ&apos;s public key is not installed: returns are sealed to it. Install the file HQ sent (talash keys trust-hq FILE).</source>
        <translation>मुख्यालय की सार्वजनिक कुंजी स्थापित नहीं है: विवरण उसी के लिए सील किए जाते हैं। मुख्यालय की भेजी फ़ाइल स्थापित करें (talash keys trust-hq FILE)।</translation>
    </message>
    <message>
        <source>HQ&apos;s signature does not match: the notice was altered after HQ signed it, or it was not signed by HQ. The notice is refused.</source>
        <translation>मुख्यालय के हस्ताक्षर मेल नहीं खाते: हस्ताक्षर के बाद सूचना बदली गई, या उस पर मुख्यालय के हस्ताक्षर नहीं हैं। सूचना अस्वीकार।</translation>
    </message>
    <message>
        <source>Handed over, no CWC order recorded</source>
        <translation>सौंपा गया, बाल कल्याण समिति का आदेश दर्ज नहीं</translation>
    </message>
    <message>
        <source>IO to be assigned ({due})</source>
        <translation>जाँच अधिकारी नियुक्त करना ({due})</translation>
    </message>
    <message>
        <source>Identified (matched or restored)</source>
        <translation>पहचान हुई (मिलान या परिवार को सौंपा)</translation>
    </message>
    <message>
        <source>In a CCI</source>
        <translation>CCI में</translation>
    </message>
    <message>
        <source>In a children&apos;s home (CCI)</source>
        <translation>बाल देखरेख संस्था (CCI) में</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>जन.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>जुला.</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>Labour or domestic work</source>
        <translation>श्रम या घरेलू काम</translation>
    </message>
    <message>
        <source>Living on the street</source>
        <translation>सड़क पर रहने वाले</translation>
    </message>
    <message>
        <source>M</source>
        <translation>पु</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>Matched to a case of this station</source>
        <translation>इस थाने के मामले से मिलान</translation>
    </message>
    <message>
        <source>Matched to another station&apos;s case</source>
        <translation>दूसरे थाने के मामले से मिलान</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>Missing persons: consolidated {kind} return, {span}</source>
        <translation>लापता व्यक्ति: समेकित {kind} विवरणी, {span}</translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation>किसी डेटाबेस का नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>No disposal recorded yet</source>
        <translation>अभी कोई निपटान दर्ज नहीं</translation>
    </message>
    <message>
        <source>No notice has been requested for this {what} ({subject}) yet.</source>
        <translation>इस {what} ({subject}) के लिए अभी कोई सूचना नहीं माँगी गई है।</translation>
    </message>
    <message>
        <source>No package {export_id} has been imported.</source>
        <translation>पैकेज {export_id} आयात नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Not identified (in care, or body unclaimed)</source>
        <translation>पहचान नहीं हुई (देखरेख में, या शव लावारिस)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ज्ञात नहीं</translation>
    </message>
    <message>
        <source>Not on record</source>
        <translation>रिकॉर्ड पर नहीं</translation>
    </message>
    <message>
        <source>Not over yet: week {weeks}.</source>
        <translation>अभी समाप्त नहीं: सप्ताह {weeks}।</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>Notice {label} cannot be {past}: {why}.</source>
        <translation>सूचना {label} {past} नहीं हो सकती: {why}।</translation>
    </message>
    <message>
        <source>Notice {label} was changed at another desk a moment ago; look at it again.</source>
        <translation>सूचना {label} अभी-अभी दूसरे डेस्क पर बदली गई; उसे फिर से देखें।</translation>
    </message>
    <message>
        <source>Notice {value} is {status}: a withdrawal slip is printed once the person is traced or the notice withdrawn.</source>
        <translation>सूचना {value} {status} है: वापसी पर्ची तभी छपती है जब व्यक्ति का पता चल जाए या सूचना वापस ली जाए।</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>नवं.</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>समय-सीमा पार</translation>
    </message>
    <message>
        <source>OVERDUE since {due}</source>
        <translation>{due} से समय-सीमा पार</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>अक्टू.</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्टूबर</translation>
    </message>
    <message>
        <source>On a PostgreSQL server a destruction is carried out through the database owner&apos;s account: the desks&apos; login role may not remove action-log entries. Run the approval with --db naming the owner (docs/security.md).</source>
        <translation>PostgreSQL सर्वर पर नष्ट करने की कार्रवाई डेटाबेस स्वामी के खाते से होती है: डेस्कों का लॉगिन रोल कार्रवाई-प्रविष्टियाँ नहीं हटा सकता। स्वामी का नाम देने वाले --db के साथ स्वीकृति चलाएँ (docs/security.md)।</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>रिकॉर्ड पर</translation>
    </message>
    <message>
        <source>On record (total)</source>
        <translation>रिकॉर्ड पर (कुल)</translation>
    </message>
    <message>
        <source>Only a station head can deactivate or reactivate a station-head or administrator account.</source>
        <translation>थाना प्रभारी या प्रशासक का खाता केवल थाना प्रभारी ही निष्क्रिय या पुनः सक्रिय कर सकते हैं।</translation>
    </message>
    <message>
        <source>Only a station head can reset the password of a station-head or administrator account.</source>
        <translation>थाना प्रभारी या प्रशासक के खाते का पासवर्ड केवल थाना प्रभारी ही रीसेट कर सकते हैं।</translation>
    </message>
    <message>
        <source>Only an SQLite register has a key file.</source>
        <translation>कुंजी फ़ाइल केवल SQLite रजिस्टर की होती है।</translation>
    </message>
    <message>
        <source>Only an SQLite register is restored by Talash; use pg_restore.</source>
        <translation>Talash केवल SQLite रजिस्टर पुनर्स्थापित करता है; pg_restore का उपयोग करें।</translation>
    </message>
    <message>
        <source>Only an administrator account asks for break-glass access.</source>
        <translation>आपातकालीन पहुँच का अनुरोध केवल प्रशासक खाता करता है।</translation>
    </message>
    <message>
        <source>Only the station head can ask for a station-head or admin role.</source>
        <translation>थाना प्रभारी या प्रशासक की भूमिका का अनुरोध केवल थाना प्रभारी ही कर सकते हैं।</translation>
    </message>
    <message>
        <source>Only the station head can create station-head or admin accounts.</source>
        <translation>थाना प्रभारी या प्रशासक के खाते केवल थाना प्रभारी ही बना सकते हैं।</translation>
    </message>
    <message>
        <source>Only while the station is being set up may an officer type their own first password; otherwise they choose it at their first logon.</source>
        <translation>केवल थाने की स्थापना के समय ही अधिकारी अपना पहला पासवर्ड टाइप कर सकते हैं; अन्यथा वे उसे पहले लॉगऑन पर चुनते हैं।</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>अन्य गतिविधि</translation>
    </message>
    <message>
        <source>Other ages</source>
        <translation>अन्य आयु</translation>
    </message>
    <message>
        <source>Package no.</source>
        <translation>पैकेज सं.</translation>
    </message>
    <message>
        <source>Package {seq} from {code} does not follow package {seq2} that HQ holds (its previous-package hash differs). Refused; ask the station.</source>
        <translation>{code} से आया पैकेज {seq} मुख्यालय के पास रखे पैकेज {seq2} के बाद का नहीं है (पिछले पैकेज का हैश भिन्न है)। अस्वीकार; थाने से पूछें।</translation>
    </message>
    <message>
        <source>Placed in a CCI</source>
        <translation>CCI में रखे गए</translation>
    </message>
    <message>
        <source>Placed in a children&apos;s home (CCI)</source>
        <translation>बाल देखरेख संस्था (CCI) में रखे गए</translation>
    </message>
    <message>
        <source>Produced before the CWC</source>
        <translation>बाल कल्याण समिति के सामने पेश</translation>
    </message>
    <message>
        <source>Production before the CWC ({due})</source>
        <translation>बाल कल्याण समिति के सामने पेश करना ({due})</translation>
    </message>
    <message>
        <source>R1 Missing persons: flow in the period</source>
        <translation>R1 लापता व्यक्ति: अवधि में आवक-जावक</translation>
    </message>
    <message>
        <source>R2 Children by age band</source>
        <translation>R2 आयु-वर्ग के अनुसार बच्चे</translation>
    </message>
    <message>
        <source>R3 Legal compliance</source>
        <translation>R3 कानूनी अनुपालन</translation>
    </message>
    <message>
        <source>R4 How and where persons were traced (children and adults)</source>
        <translation>R4 व्यक्ति कैसे और कहाँ बरामद हुए (बच्चे और वयस्क)</translation>
    </message>
    <message>
        <source>R5 Disposal of children traced in the period</source>
        <translation>R5 अवधि में बरामद बच्चों का निपटान</translation>
    </message>
    <message>
        <source>R6 Confirmed reasons of persons traced in the period</source>
        <translation>R6 अवधि में बरामद व्यक्तियों के पुष्ट कारण</translation>
    </message>
    <message>
        <source>R8 Persons found without a report here (unidentified found persons and dead bodies)</source>
        <translation>R8 यहाँ बिना रिपोर्ट के मिले व्यक्ति (अज्ञात मिले व्यक्ति और शव)</translation>
    </message>
    <message>
        <source>Rag-picking</source>
        <translation>कचरा बीनना</translation>
    </message>
    <message>
        <source>Reason categories of the taxonomy in force (version {version}); the confirmed reason is recorded at or after the trace.</source>
        <translation>लागू वर्गीकरण की कारण-श्रेणियाँ (संस्करण {version}); पुष्ट कारण बरामदगी के समय या उसके बाद दर्ज होता है।</translation>
    </message>
    <message>
        <source>Reason not yet confirmed</source>
        <translation>कारण अभी पुष्ट नहीं</translation>
    </message>
    <message>
        <source>Record the trace of {register_no} before the reunion.</source>
        <translation>परिवार से मिलन से पहले {register_no} का पता चलना दर्ज करें।</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>Reported in period</source>
        <translation>अवधि में दर्ज</translation>
    </message>
    <message>
        <source>Reunited with family</source>
        <translation>परिवार से मिलाए गए</translation>
    </message>
    <message>
        <source>Risk assessment review</source>
        <translation>जोखिम आकलन की समीक्षा</translation>
    </message>
    <message>
        <source>S1 Stations: each station&apos;s own figures (all persons)</source>
        <translation>S1 थाने: हर थाने के अपने आँकड़े (सभी व्यक्ति)</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check failed: {found}</source>
        <translation>SQLite की अखंडता जाँच विफल: {found}</translation>
    </message>
    <message>
        <source>Search cases or found persons, not {items}.</source>
        <translation>मामले या मिले व्यक्ति खोजें, {items} नहीं।</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>सितं.</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
    <message>
        <source>Several stations have a {what} {ref} ({codes}): name the station too.</source>
        <translation>कई थानों में {what} {ref} है ({codes}): थाने का नाम भी दें।</translation>
    </message>
    <message>
        <source>Stations that sent weekly returns for this period: {count}.</source>
        <translation>इस अवधि के लिए साप्ताहिक विवरणी भेजने वाले थाने: {count}।</translation>
    </message>
    <message>
        <source>Stopped at your request; nothing was saved.</source>
        <translation>आपके कहने पर रोका गया; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>सड़क पर</translation>
    </message>
    <message>
        <source>TG</source>
        <translation>ट्रां</translation>
    </message>
    <message>
        <source>Table {code} of the package is malformed.</source>
        <translation>पैकेज की तालिका {code} दोषपूर्ण है।</translation>
    </message>
    <message>
        <source>Talash works with SQLite files and PostgreSQL servers, not &apos;{backend}&apos;.</source>
        <translation>Talash SQLite फ़ाइलों और PostgreSQL सर्वरों के साथ चलता है, &apos;{backend}&apos; के साथ नहीं।</translation>
    </message>
    <message>
        <source>That is not a Talash recovery key (it has letters a key never has).</source>
        <translation>यह Talash रिकवरी कुंजी नहीं है (इसमें ऐसे अक्षर हैं जो कुंजी में कभी नहीं होते)।</translation>
    </message>
    <message>
        <source>That is the register itself, not a backup of it.</source>
        <translation>यह स्वयं रजिस्टर है, उसका बैकअप नहीं।</translation>
    </message>
    <message>
        <source>That page position is not valid; start from the first page.</source>
        <translation>यह पृष्ठ-स्थिति मान्य नहीं है; पहले पृष्ठ से शुरू करें।</translation>
    </message>
    <message>
        <source>That password is too common or too easy to guess; choose another.</source>
        <translation>यह पासवर्ड बहुत आम है या आसानी से अनुमान लगाया जा सकता है; दूसरा चुनें।</translation>
    </message>
    <message>
        <source>That search is {query_count} characters long; a name or number is at most {MAX_QUERY}. Shorten it.</source>
        <translation>यह खोज {query_count} अक्षरों की है; नाम या संख्या अधिकतम {MAX_QUERY} अक्षरों की होती है। इसे छोटा करें।</translation>
    </message>
    <message>
        <source>The account of request {uuid} is no longer waiting.</source>
        <translation>अनुरोध {uuid} का खाता अब लंबित नहीं है।</translation>
    </message>
    <message>
        <source>The annex lists children: it is never part of a publication.</source>
        <translation>परिशिष्ट में बच्चों की सूची होती है: वह कभी प्रकाशन का हिस्सा नहीं होता।</translation>
    </message>
    <message>
        <source>The audit trail of {code} went backwards since package {seq} (event {event_id} now, {audit_head_id} then). The register may have been rolled back or rewritten. Refused; report it.</source>
        <translation>पैकेज {seq} के बाद {code} का ऑडिट रिकॉर्ड पीछे चला गया है (अब घटना {event_id}, तब {audit_head_id})। रजिस्टर पीछे किया गया या दोबारा लिखा गया हो सकता है। अस्वीकार; इसकी सूचना दें।</translation>
    </message>
    <message>
        <source>The backup copy {dest} failed its integrity check.</source>
        <translation>बैकअप प्रति {dest} अखंडता जाँच में विफल रही।</translation>
    </message>
    <message>
        <source>The computer could not write to the database ({where}): a disk or file-size error. Nothing was saved. Check the disk and save again.</source>
        <translation>कंप्यूटर डेटाबेस ({where}) में नहीं लिख सका: डिस्क या फ़ाइल-आकार की त्रुटि। कुछ भी सहेजा नहीं गया। डिस्क जाँचें और फिर से सहेजें।</translation>
    </message>
    <message>
        <source>The connection to the database server ({where}) was lost. Nothing was saved; check the network and save again.</source>
        <translation>डेटाबेस सर्वर ({where}) से संपर्क टूट गया। कुछ भी सहेजा नहीं गया; नेटवर्क जाँचें और फिर से सहेजें।</translation>
    </message>
    <message>
        <source>The content of {name} does not match.</source>
        <translation>{name} की सामग्री मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>The database ({where}) is damaged. Nothing was saved. Restore the latest backup.</source>
        <translation>डेटाबेस ({where}) क्षतिग्रस्त है। कुछ भी सहेजा नहीं गया। नवीनतम बैकअप पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>The database ({where}) is read-only. Nothing was saved. Check the file&apos;s permissions or whether it was opened read-only after a failed check.</source>
        <translation>डेटाबेस ({where}) केवल पढ़ने के लिए है। कुछ भी सहेजा नहीं गया। फ़ाइल की अनुमतियाँ जाँचें, या देखें कि विफल जाँच के बाद वह केवल पढ़ने के लिए तो नहीं खोला गया।</translation>
    </message>
    <message>
        <source>The database file {describe} is damaged (SQLite quick check: {damage}). Restore the latest backup with &apos;talash restore&apos;.</source>
        <translation>डेटाबेस फ़ाइल {describe} क्षतिग्रस्त है (SQLite त्वरित जाँच: {damage})। &apos;talash restore&apos; से नवीनतम बैकअप पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {strerror}.</source>
        <translation>डेटाबेस फ़ाइल {path} पढ़ी नहीं जा सकती: {strerror}।</translation>
    </message>
    <message>
        <source>The database is busy with another desk&apos;s save. Nothing was saved; save again in a moment.</source>
        <translation>डेटाबेस दूसरे डेस्क का डेटा सहेजने में व्यस्त है। कुछ भी सहेजा नहीं गया; थोड़ी देर में फिर से सहेजें।</translation>
    </message>
    <message>
        <source>The database key file {path} cannot be read or is damaged.</source>
        <translation>डेटाबेस कुंजी फ़ाइल {path} पढ़ी नहीं जा सकती या क्षतिग्रस्त है।</translation>
    </message>
    <message>
        <source>The database key file {path} is damaged.</source>
        <translation>डेटाबेस कुंजी फ़ाइल {path} क्षतिग्रस्त है।</translation>
    </message>
    <message>
        <source>The database key file {path} is missing. Restore it from a backup, or make a new one with the recovery key: talash db recover-key.</source>
        <translation>डेटाबेस कुंजी फ़ाइल {path} नहीं मिली। उसे बैकअप से पुनर्स्थापित करें, या रिकवरी कुंजी से नई बनाएँ: talash db recover-key।</translation>
    </message>
    <message>
        <source>The database {describe} already holds tables but is not a Talash register. Nothing was changed; name a new file or the right database.</source>
        <translation>डेटाबेस {describe} में पहले से तालिकाएँ हैं पर वह Talash रजिस्टर नहीं है। कुछ नहीं बदला; नई फ़ाइल या सही डेटाबेस का नाम दें।</translation>
    </message>
    <message>
        <source>The database {describe} is damaged and opened read-only, and it needs a schema upgrade that cannot run on it. Restore the latest backup (talash restore).</source>
        <translation>डेटाबेस {describe} क्षतिग्रस्त है और केवल पढ़ने के लिए खुला है, और उसे स्कीमा अपग्रेड चाहिए जो उस पर नहीं चल सकता। नवीनतम बैकअप पुनर्स्थापित करें (talash restore)।</translation>
    </message>
    <message>
        <source>The database {describe} was written by a newer version of Talash (schema {before}). This program knows schemas up to {head}; open it with the newer program. Nothing was changed.</source>
        <translation>डेटाबेस {describe} Talash के नए संस्करण से लिखा गया है (स्कीमा {before})। यह प्रोग्राम {head} तक के स्कीमा जानता है; उसे नए प्रोग्राम से खोलें। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>The demo needs the demo station&apos;s officers; run &apos;talash demo&apos; on a new database.</source>
        <translation>डेमो को डेमो थाने के अधिकारी चाहिए; नए डेटाबेस पर &apos;talash demo&apos; चलाएँ।</translation>
    </message>
    <message>
        <source>The disk holding the database ({where}) is full. Nothing was saved; free some space and save again.</source>
        <translation>डेटाबेस वाली डिस्क ({where}) भर गई है। कुछ भी सहेजा नहीं गया; कुछ जगह खाली करें और फिर से सहेजें।</translation>
    </message>
    <message>
        <source>The encrypted copy lost rows of {table} ({got} of {count}); nothing changed.</source>
        <translation>एन्क्रिप्ट की गई प्रति में {table} की पंक्तियाँ खो गईं ({count} में से {got}); कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>The encrypted copy {dest} failed its integrity check.</source>
        <translation>एन्क्रिप्ट की गई प्रति {dest} अखंडता जाँच में विफल रही।</translation>
    </message>
    <message>
        <source>The file is not a Talash possible-match notice.</source>
        <translation>यह फ़ाइल Talash की संभावित-मिलान सूचना नहीं है।</translation>
    </message>
    <message>
        <source>The file is not a Talash return package.</source>
        <translation>यह फ़ाइल Talash विवरण पैकेज नहीं है।</translation>
    </message>
    <message>
        <source>The file is not a complete return package: it is truncated or damaged.</source>
        <translation>यह फ़ाइल पूरा विवरण पैकेज नहीं है: वह अधूरी या क्षतिग्रस्त है।</translation>
    </message>
    <message>
        <source>The file is not a possible-match notice (not JSON).</source>
        <translation>यह फ़ाइल संभावित-मिलान सूचना नहीं है (JSON नहीं)।</translation>
    </message>
    <message>
        <source>The file is not a return package: no signed manifest.</source>
        <translation>यह फ़ाइल विवरण पैकेज नहीं है: हस्ताक्षरित सूची नहीं है।</translation>
    </message>
    <message>
        <source>The file is too large for a return.</source>
        <translation>विवरण के लिए यह फ़ाइल बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>The file is too large to be a possible-match notice.</source>
        <translation>संभावित-मिलान सूचना होने के लिए यह फ़ाइल बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>The file is {value} MB, too large for a return.</source>
        <translation>फ़ाइल {value} MB है, विवरण के लिए बहुत बड़ी।</translation>
    </message>
    <message>
        <source>The file is {value} MB; a return package is at most {value2} MB.</source>
        <translation>फ़ाइल {value} MB है; विवरण पैकेज अधिकतम {value2} MB होता है।</translation>
    </message>
    <message>
        <source>The file {path} is not a Talash database: it is not an SQLite database file. It may be damaged or a different kind of file. Restore it from a backup (talash restore) or name the right file.</source>
        <translation>फ़ाइल {path} Talash डेटाबेस नहीं है: वह SQLite डेटाबेस फ़ाइल नहीं है। वह क्षतिग्रस्त या किसी अन्य प्रकार की फ़ाइल हो सकती है। उसे बैकअप से पुनर्स्थापित करें (talash restore) या सही फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>फ़ोल्डर {parent} मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The grace period for mending this case ended at {when}; ask its investigating officer or the station head.</source>
        <translation>इस मामले में सुधार की छूट अवधि {when} को समाप्त हो गई; इसके जाँच अधिकारी या थाना प्रभारी से कहें।</translation>
    </message>
    <message>
        <source>The key file is damaged: a field is missing or unreadable.</source>
        <translation>कुंजी फ़ाइल क्षतिग्रस्त है: कोई फ़ील्ड गायब है या पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The key file is damaged: the key does not match its fingerprint.</source>
        <translation>कुंजी फ़ाइल क्षतिग्रस्त है: कुंजी अपने फ़िंगरप्रिंट से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>The key file is not a Talash database key file of a known version.</source>
        <translation>यह कुंजी फ़ाइल किसी ज्ञात संस्करण की Talash डेटाबेस कुंजी फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The key file {key_file} does not belong to the open register; restore it from a backup or make a new one with the recovery key (talash db recover-key).</source>
        <translation>कुंजी फ़ाइल {key_file} खुले रजिस्टर की नहीं है; उसे बैकअप से पुनर्स्थापित करें या रिकवरी कुंजी से नई बनाएँ (talash db recover-key)।</translation>
    </message>
    <message>
        <source>The key passphrase needs at least {MIN_PASSPHRASE} characters.</source>
        <translation>कुंजी पासफ़्रेज़ में कम से कम {MIN_PASSPHRASE} अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>The new password must differ from the present one.</source>
        <translation>नया पासवर्ड मौजूदा पासवर्ड से अलग होना चाहिए।</translation>
    </message>
    <message>
        <source>The notice cannot be read: {exc}</source>
        <translation>सूचना पढ़ी नहीं जा सकती: {exc}</translation>
    </message>
    <message>
        <source>The notice could not be written to {out_dir}: {exc}.</source>
        <translation>सूचना {out_dir} में लिखी नहीं जा सकी: {exc}।</translation>
    </message>
    <message>
        <source>The notice has format version {envelope}; this program reads version {FORMAT_VERSION}. Update Talash.</source>
        <translation>सूचना का प्रारूप संस्करण {envelope} है; यह प्रोग्राम संस्करण {FORMAT_VERSION} पढ़ता है। Talash अपडेट करें।</translation>
    </message>
    <message>
        <source>The notice has no signed body.</source>
        <translation>सूचना में हस्ताक्षरित सामग्री नहीं है।</translation>
    </message>
    <message>
        <source>The notice is about a record this register does not hold (destroyed, or the notice was made from another register). It is not imported.</source>
        <translation>यह सूचना ऐसे रिकॉर्ड के बारे में है जो इस रजिस्टर में नहीं है (नष्ट, या सूचना किसी अन्य रजिस्टर से बनी)। उसे आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>The notice is for station {to_station}, not for this station ({code}). Send it on to them; it is not imported here.</source>
        <translation>यह सूचना थाने {to_station} के लिए है, इस थाने ({code}) के लिए नहीं। उसे उन्हें भेजें; उसे यहाँ आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>The notice is not signed with the HQ notice key this station trusts ({trusted_key_id}…). If HQ made a new key, install it first (talash keys trust-hq-notices FILE), after checking its fingerprint by phone.</source>
        <translation>यह सूचना इस थाने द्वारा मान्य मुख्यालय सूचना-कुंजी ({trusted_key_id}…) से हस्ताक्षरित नहीं है। यदि मुख्यालय ने नई कुंजी बनाई है, तो फ़ोन पर उसका फ़िंगरप्रिंट जाँचकर पहले उसे स्थापित करें (talash keys trust-hq-notices FILE)।</translation>
    </message>
    <message>
        <source>The notice&apos;s signature is damaged.</source>
        <translation>सूचना के हस्ताक्षर क्षतिग्रस्त हैं।</translation>
    </message>
    <message>
        <source>The number of demo cases cannot be negative.</source>
        <translation>डेमो मामलों की संख्या ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <source>The package could not be written to {out_dir}: {exc}.</source>
        <translation>पैकेज {out_dir} में लिखा नहीं जा सका: {exc}।</translation>
    </message>
    <message>
        <source>The package entry {name} expands more than {max_ratio} times: refused as a possible zip bomb.</source>
        <translation>पैकेज की प्रविष्टि {name} {max_ratio} गुना से अधिक फैलती है: संभावित ज़िप बम मानकर अस्वीकार।</translation>
    </message>
    <message>
        <source>The package entry {name} is a link or a folder, not a file.</source>
        <translation>पैकेज की प्रविष्टि {name} लिंक या फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>The package entry {name} is too large.</source>
        <translation>पैकेज की प्रविष्टि {name} बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>The package has format version {parsed}; this program reads version {FORMAT_VERSION}. Update Talash at HQ.</source>
        <translation>पैकेज का प्रारूप संस्करण {parsed} है; यह प्रोग्राम संस्करण {FORMAT_VERSION} पढ़ता है। मुख्यालय में Talash अपडेट करें।</translation>
    </message>
    <message>
        <source>The package holds an entry with a path or unsafe name ({name}); it is refused without unpacking anything.</source>
        <translation>पैकेज में पथ वाली या असुरक्षित नाम की प्रविष्टि है ({name}); कुछ भी खोले बिना उसे अस्वीकार किया।</translation>
    </message>
    <message>
        <source>The package holds an unexpected file {name}.</source>
        <translation>पैकेज में अनपेक्षित फ़ाइल {name} है।</translation>
    </message>
    <message>
        <source>The package holds {infos_count} files; at most {max_entries} are allowed.</source>
        <translation>पैकेज में {infos_count} फ़ाइलें हैं; अधिकतम {max_entries} की अनुमति है।</translation>
    </message>
    <message>
        <source>The package holds {name} twice.</source>
        <translation>पैकेज में {name} दो बार है।</translation>
    </message>
    <message>
        <source>The package is number {seq} from {code}, but HQ has only up to {seq2}: package {missing} is missing. Import it first (or ask the station for it).</source>
        <translation>यह {code} से आया पैकेज संख्या {seq} है, पर मुख्यालय के पास केवल {seq2} तक हैं: पैकेज {missing} गायब है। पहले उसे आयात करें (या थाने से माँगें)।</translation>
    </message>
    <message>
        <source>The package is number {seq} from {code}, older than package {seq2} already imported. Refused: an older return must not replace a newer one.</source>
        <translation>यह {code} से आया पैकेज संख्या {seq} है, पहले से आयातित पैकेज {seq2} से पुराना। अस्वीकार: पुराना विवरण नए विवरण की जगह नहीं ले सकता।</translation>
    </message>
    <message>
        <source>The package is signed with a key ({key_id}…) that HQ has not trusted for station {code}. If the station made a new key, trust it first.</source>
        <translation>पैकेज पर ऐसी कुंजी ({key_id}…) से हस्ताक्षर हैं जिस पर मुख्यालय ने थाने {code} के लिए भरोसा नहीं किया है। यदि थाने ने नई कुंजी बनाई है, तो पहले उस पर भरोसा करें।</translation>
    </message>
    <message>
        <source>The package says it comes from station {code}, which HQ does not trust. Trust the station&apos;s public key first (talash hq trust), after checking its fingerprint.</source>
        <translation>पैकेज कहता है कि वह थाने {code} से आया है, जिस पर मुख्यालय भरोसा नहीं करता। फ़िंगरप्रिंट जाँचकर पहले थाने की सार्वजनिक कुंजी पर भरोसा करें (talash hq trust)।</translation>
    </message>
    <message>
        <source>The package was sealed to another HQ key ({hq_key_id}…); this HQ&apos;s key is {key_id}…. The station must install this HQ&apos;s public key.</source>
        <translation>पैकेज मुख्यालय की दूसरी कुंजी ({hq_key_id}…) के लिए सील किया गया है; इस मुख्यालय की कुंजी {key_id}… है। थाने को इस मुख्यालय की सार्वजनिक कुंजी स्थापित करनी होगी।</translation>
    </message>
    <message>
        <source>The package&apos;s contents are too large.</source>
        <translation>पैकेज की सामग्री बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>The package&apos;s entry {filename} is damaged: {exc}.</source>
        <translation>पैकेज की प्रविष्टि {filename} क्षतिग्रस्त है: {exc}।</translation>
    </message>
    <message>
        <source>The package&apos;s entry {filename} is larger than it says.</source>
        <translation>पैकेज की प्रविष्टि {filename} बताए गए आकार से बड़ी है।</translation>
    </message>
    <message>
        <source>The package&apos;s file {name} was altered after signing (its SHA-256 does not match the signed manifest). The package is refused.</source>
        <translation>हस्ताक्षर के बाद पैकेज की फ़ाइल {name} बदली गई (उसका SHA-256 हस्ताक्षरित सूची से मेल नहीं खाता)। पैकेज अस्वीकार।</translation>
    </message>
    <message>
        <source>The package&apos;s files are not the ones its signed manifest lists.</source>
        <translation>पैकेज की फ़ाइलें वे नहीं हैं जो उसकी हस्ताक्षरित सूची में हैं।</translation>
    </message>
    <message>
        <source>The package&apos;s manifest has a field its format version does not have.</source>
        <translation>पैकेज की सूची में ऐसा फ़ील्ड है जो उसके प्रारूप संस्करण में नहीं है।</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not readable JSON.</source>
        <translation>पैकेज की सूची पढ़ने योग्य JSON नहीं है।</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is not valid: {exc}</source>
        <translation>पैकेज की सूची मान्य नहीं है: {exc}</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is too large.</source>
        <translation>पैकेज की सूची बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>The package&apos;s return cannot be read: {exc}</source>
        <translation>पैकेज का विवरण पढ़ा नहीं जा सकता: {exc}</translation>
    </message>
    <message>
        <source>The package&apos;s return is for another station or period.</source>
        <translation>पैकेज का विवरण किसी अन्य थाने या अवधि का है।</translation>
    </message>
    <message>
        <source>The package&apos;s {name} cannot be opened with HQ&apos;s key.</source>
        <translation>पैकेज का {name} मुख्यालय की कुंजी से नहीं खुलता।</translation>
    </message>
    <message>
        <source>The passphrase does not unlock {what} ({path}).</source>
        <translation>पासफ़्रेज़ से {what} ({path}) नहीं खुलता।</translation>
    </message>
    <message>
        <source>The passphrase is not right, or the key file was altered.</source>
        <translation>पासफ़्रेज़ सही नहीं है, या कुंजी फ़ाइल बदली गई है।</translation>
    </message>
    <message>
        <source>The password must have at least {MIN_LENGTH} characters ({RECOMMENDED_LENGTH} or more is better).</source>
        <translation>पासवर्ड में कम से कम {MIN_LENGTH} अक्षर होने चाहिए ({RECOMMENDED_LENGTH} या अधिक हों तो बेहतर)।</translation>
    </message>
    <message>
        <source>The password must have at most {MAX_LENGTH} characters.</source>
        <translation>पासवर्ड में अधिकतम {MAX_LENGTH} अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation>पासवर्ड में उपयोगकर्ता नाम नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>The password must not repeat one character.</source>
        <translation>पासवर्ड में एक ही अक्षर बार-बार नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>The password was wrong five times. {locked}</source>
        <translation>पासवर्ड पाँच बार गलत हुआ। {locked}</translation>
    </message>
    <message>
        <source>The period {describe} is not over yet; its return can be sent from {value}.</source>
        <translation>अवधि {describe} अभी समाप्त नहीं हुई; इसका विवरण {value} से भेजा जा सकता है।</translation>
    </message>
    <message>
        <source>The present password is not right.</source>
        <translation>वर्तमान पासवर्ड सही नहीं है।</translation>
    </message>
    <message>
        <source>The record was changed by another desk while this was being saved. Nothing was saved; open it again and apply the change once more.</source>
        <translation>इसे सहेजते समय दूसरे डेस्क ने रिकॉर्ड बदल दिया। कुछ भी सहेजा नहीं गया; उसे फिर से खोलें और बदलाव दोबारा करें।</translation>
    </message>
    <message>
        <source>The recovery key has a typing mistake: its checksum does not match.</source>
        <translation>रिकवरी कुंजी में टाइपिंग की गलती है: उसका चेकसम मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>The register has no backup key yet; take the backup again.</source>
        <translation>रजिस्टर की अभी बैकअप कुंजी नहीं है; बैकअप फिर से लें।</translation>
    </message>
    <message>
        <source>The register {path} is encrypted. Its passphrase is needed to open it.</source>
        <translation>रजिस्टर {path} एन्क्रिप्टेड है। उसे खोलने के लिए उसका पासफ़्रेज़ चाहिए।</translation>
    </message>
    <message>
        <source>The request was already decided ({value}).</source>
        <translation>अनुरोध पर पहले ही निर्णय हो चुका है ({value})।</translation>
    </message>
    <message>
        <source>The role &apos;{role}&apos; cannot {what}.</source>
        <translation>&apos;{role}&apos; भूमिका यह नहीं कर सकती: {what}।</translation>
    </message>
    <message>
        <source>The role &apos;{value}&apos; gives {full_name} powers the role &apos;{role}&apos; lacks: ask for it, and a second person approves.</source>
        <translation>&apos;{value}&apos; भूमिका {full_name} को वे अधिकार देती है जो &apos;{role}&apos; भूमिका में नहीं हैं: इसका अनुरोध करें, कोई दूसरा व्यक्ति स्वीकृति देगा।</translation>
    </message>
    <message>
        <source>The signature does not match: the manifest of this package from {code} was altered, or it was signed with a different key. The package is refused.</source>
        <translation>हस्ताक्षर मेल नहीं खाते: {code} से आए इस पैकेज की सूची बदली गई, या उस पर किसी दूसरी कुंजी से हस्ताक्षर हुए। पैकेज अस्वीकार।</translation>
    </message>
    <message>
        <source>The station of this database is missing.</source>
        <translation>इस डेटाबेस का थाना नहीं मिला।</translation>
    </message>
    <message>
        <source>The unlocked key is not HQ&apos;s notice-signing key in force (talash hq notice-key).</source>
        <translation>खोली गई कुंजी मुख्यालय की लागू सूचना-हस्ताक्षर कुंजी नहीं है (talash hq notice-key)।</translation>
    </message>
    <message>
        <source>The unlocked signing key is not this station&apos;s key in force. Make or choose the right key (talash keys init).</source>
        <translation>खोली गई हस्ताक्षर कुंजी इस थाने की लागू कुंजी नहीं है। सही कुंजी बनाएँ या चुनें (talash keys init)।</translation>
    </message>
    <message>
        <source>The username or password is not right (in the backup being restored).</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड सही नहीं है (पुनर्स्थापित हो रहे बैकअप में)।</translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड सही नहीं है।</translation>
    </message>
    <message>
        <source>There is already a help-identify notice {label} ({state}); reprint it or withdraw it instead of requesting another.</source>
        <translation>पहचान में मदद की सूचना {label} पहले से है ({state}); दूसरी माँगने के बजाय उसे फिर से छापें या वापस लें।</translation>
    </message>
    <message>
        <source>There is already a lookout notice {label} ({state}); reprint it or withdraw it instead of requesting another.</source>
        <translation>तलाश सूचना {label} पहले से है ({state}); दूसरी माँगने के बजाय उसे फिर से छापें या वापस लें।</translation>
    </message>
    <message>
        <source>There is no backup file {source}.</source>
        <translation>बैकअप फ़ाइल {source} नहीं है।</translation>
    </message>
    <message>
        <source>There is no case {case_ref} in this register.</source>
        <translation>इस रजिस्टर में मामला {case_ref} नहीं है।</translation>
    </message>
    <message>
        <source>There is no case {ref} in this register.</source>
        <translation>इस रजिस्टर में मामला {ref} नहीं है।</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>{path} पर डेटाबेस फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>There is no destruction request {request_uuid}.</source>
        <translation>नष्ट करने का अनुरोध {request_uuid} नहीं है।</translation>
    </message>
    <message>
        <source>There is no drive &apos;{name}&apos; (see talash drive list).</source>
        <translation>&apos;{name}&apos; नाम का अभियान नहीं है (talash drive list देखें)।</translation>
    </message>
    <message>
        <source>There is no file {where}.</source>
        <translation>फ़ाइल {where} नहीं है।</translation>
    </message>
    <message>
        <source>There is no found person {ref} in this register.</source>
        <translation>इस रजिस्टर में मिला व्यक्ति {ref} नहीं है।</translation>
    </message>
    <message>
        <source>There is no key yet: make one first (talash keys init).</source>
        <translation>अभी कोई कुंजी नहीं है: पहले एक बनाएँ (talash keys init)।</translation>
    </message>
    <message>
        <source>There is no lookout notice {ref} at this station.</source>
        <translation>इस थाने में तलाश सूचना {ref} नहीं है।</translation>
    </message>
    <message>
        <source>There is no photo {photo_id}.</source>
        <translation>फ़ोटो {photo_id} नहीं है।</translation>
    </message>
    <message>
        <source>There is no request {request_uuid}.</source>
        <translation>अनुरोध {request_uuid} नहीं है।</translation>
    </message>
    <message>
        <source>There is no user &apos;{username}&apos;.</source>
        <translation>&apos;{username}&apos; नाम का उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <source>There is no user &apos;{user}&apos;.</source>
        <translation>&apos;{user}&apos; नाम का उपयोगकर्ता नहीं है।</translation>
    </message>
    <message>
        <source>There is no {what} in {folder}. Create it first (talash keys init).</source>
        <translation>{folder} में {what} नहीं है। पहले उसे बनाएँ (talash keys init)।</translation>
    </message>
    <message>
        <source>This account cannot decide the request: {problem}.</source>
        <translation>यह खाता इस अनुरोध पर निर्णय नहीं ले सकता: {problem}।</translation>
    </message>
    <message>
        <source>This account is locked after repeated wrong passwords, for {minutes} more minute(s); {who} can unlock it sooner.</source>
        <translation>बार-बार गलत पासवर्ड के कारण यह खाता और {minutes} मिनट के लिए बंद है; {who} इसे पहले खोल सकते हैं।</translation>
    </message>
    <message>
        <source>This backup would change accounts; only the station head accepts that.</source>
        <translation>इस बैकअप से खाते बदलेंगे; इसे केवल थाना प्रभारी स्वीकार कर सकते हैं।</translation>
    </message>
    <message>
        <source>This database already has its station set up.</source>
        <translation>इस डेटाबेस में थाने की स्थापना पहले ही हो चुकी है।</translation>
    </message>
    <message>
        <source>This database has no station set up yet. Run &apos;talash init&apos; first.</source>
        <translation>इस डेटाबेस में अभी थाने की स्थापना नहीं हुई है। पहले &apos;talash init&apos; चलाएँ।</translation>
    </message>
    <message>
        <source>This desk cannot act: {exc}.</source>
        <translation>यह डेस्क काम नहीं कर सकता: {exc}।</translation>
    </message>
    <message>
        <source>This is a station register, not an HQ database. Set up HQ&apos;s database with &apos;talash hq init&apos; (a separate database, PostgreSQL recommended).</source>
        <translation>यह थाने का रजिस्टर है, मुख्यालय का डेटाबेस नहीं। मुख्यालय का डेटाबेस &apos;talash hq init&apos; से बनाएँ (अलग डेटाबेस, PostgreSQL सुझाया गया)।</translation>
    </message>
    <message>
        <source>This is a station&apos;s real register: demo cases go only into the demo database (&apos;talash demo&apos; without --db uses it).</source>
        <translation>यह थाने का असली रजिस्टर है: डेमो मामले केवल डेमो डेटाबेस में जाते हैं (--db के बिना &apos;talash demo&apos; उसी का उपयोग करता है)।</translation>
    </message>
    <message>
        <source>This is an HQ database: it consolidates returns, it does not produce one. Open the station&apos;s register instead.</source>
        <translation>यह मुख्यालय का डेटाबेस है: यह विवरणों को संकलित करता है, स्वयं नहीं बनाता। इसके बजाय थाने का रजिस्टर खोलें।</translation>
    </message>
    <message>
        <source>This notice ({notice_id}) was imported on {imported_at} UTC; it is not imported again.</source>
        <translation>यह सूचना ({notice_id}) {imported_at} UTC को आयात हो चुकी है; इसे फिर से आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>This package (or its number) was imported meanwhile at another desk.</source>
        <translation>इस बीच यह पैकेज (या उसकी संख्या) दूसरे डेस्क पर आयात हो गया।</translation>
    </message>
    <message>
        <source>This register is not encrypted, so it has no passphrase. Encrypt it with &apos;talash db encrypt&apos; (docs/security.md).</source>
        <translation>यह रजिस्टर एन्क्रिप्टेड नहीं है, इसलिए इसका पासफ़्रेज़ नहीं है। इसे &apos;talash db encrypt&apos; से एन्क्रिप्ट करें (docs/security.md)।</translation>
    </message>
    <message>
        <source>This register is on a PostgreSQL server: back it up with pg_dump on the server (see docs/security.md, &apos;Backups&apos;).</source>
        <translation>यह रजिस्टर PostgreSQL सर्वर पर है: सर्वर पर pg_dump से इसका बैकअप लें (docs/security.md, &apos;Backups&apos; देखें)।</translation>
    </message>
    <message>
        <source>This request carries its temporary password already (typed by the station head who asked); approve it without one.</source>
        <translation>इस अनुरोध में अस्थायी पासवर्ड पहले से है (अनुरोध करने वाले थाना प्रभारी ने टाइप किया); बिना पासवर्ड के स्वीकृति दें।</translation>
    </message>
    <message>
        <source>This {what} ({subject}) has no such notice: its latest, {number}, is {said}.</source>
        <translation>इस {what} ({subject}) की ऐसी सूचना नहीं है: उसकी नवीनतम सूचना, {number}, {said}।</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Traced</source>
        <translation>बरामद</translation>
    </message>
    <message>
        <source>Traced children not (yet) produced before the CWC</source>
        <translation>बाल कल्याण समिति के सामने (अभी तक) पेश न किए गए बरामद बच्चे</translation>
    </message>
    <message>
        <source>Traced children produced before the CWC after {hours}</source>
        <translation>{hours} के बाद बाल कल्याण समिति के सामने पेश किए गए बरामद बच्चे</translation>
    </message>
    <message>
        <source>Traced children produced before the CWC within {hours}</source>
        <translation>{hours} के भीतर बाल कल्याण समिति के सामने पेश किए गए बरामद बच्चे</translation>
    </message>
    <message>
        <source>Traced in period</source>
        <translation>अवधि में बरामद</translation>
    </message>
    <message>
        <source>Traced: missing reports of this station</source>
        <translation>बरामद: इस थाने की गुमशुदगी रिपोर्टें</translation>
    </message>
    <message>
        <source>Traced: reported earlier</source>
        <translation>बरामद: पहले दर्ज</translation>
    </message>
    <message>
        <source>Traced: reported in an earlier week</source>
        <translation>बरामद: पिछले किसी सप्ताह में दर्ज</translation>
    </message>
    <message>
        <source>Traced: reported the same week</source>
        <translation>बरामद: उसी सप्ताह में दर्ज</translation>
    </message>
    <message>
        <source>Traced: reported this period</source>
        <translation>बरामद: इस अवधि में दर्ज</translation>
    </message>
    <message>
        <source>Transfer to the AHTU ({months} month)</source>
        <translation>मानव तस्करी विरोधी इकाई (AHTU) को स्थानांतरण ({months} महीना)</translation>
    </message>
    <message>
        <source>Transfer to the AHTU ({months} months)</source>
        <translation>मानव तस्करी विरोधी इकाई (AHTU) को स्थानांतरण ({months} महीने)</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>अन्यत्र स्थानांतरित</translation>
    </message>
    <message>
        <source>Unidentified dead bodies (UIDB)</source>
        <translation>अज्ञात शव (UIDB)</translation>
    </message>
    <message>
        <source>Unknown order &apos;{sort}&apos;; use one of {items}.</source>
        <translation>&apos;{sort}&apos; क्रम ज्ञात नहीं है; इनमें से एक उपयोग करें: {items}।</translation>
    </message>
    <message>
        <source>Untraced at end</source>
        <translation>अंत में लापता</translation>
    </message>
    <message>
        <source>Untraced at end = untraced at start + reported − traced − transferred out. % traced = traced in period ÷ (untraced at start + reported).</source>
        <translation>अंत में लापता = शुरुआत में लापता + दर्ज − बरामद − अन्यत्र स्थानांतरित। % बरामद = अवधि में बरामद ÷ (शुरुआत में लापता + दर्ज)।</translation>
    </message>
    <message>
        <source>Untraced at start</source>
        <translation>शुरुआत में लापता</translation>
    </message>
    <message>
        <source>Upgrading {describe} would break {broken_count} links between records; the upgrade was undone and nothing was changed.</source>
        <translation>{describe} को अपग्रेड करने से रिकॉर्डों के बीच {broken_count} कड़ियाँ टूट जाएँगी; अपग्रेड वापस लिया गया और कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>Upload to {portal} ({due})</source>
        <translation>{portal} पर अपलोड ({due})</translation>
    </message>
    <message>
        <source>Week {week} of {year} ({span})</source>
        <translation>{year} का सप्ताह {week} ({span})</translation>
    </message>
    <message>
        <source>Weeks received (of {weeks})</source>
        <translation>मिले सप्ताह ({weeks} में से)</translation>
    </message>
    <message>
        <source>Your account no longer exists or was deactivated.</source>
        <translation>आपका खाता अब मौजूद नहीं है या निष्क्रिय कर दिया गया है।</translation>
    </message>
    <message>
        <source>a PIN code has 6 digits</source>
        <translation>पिन कोड 6 अंकों का होता है</translation>
    </message>
    <message>
        <source>a case is closed only after the person is traced and the reunion is recorded</source>
        <translation>व्यक्ति का पता चलने और परिवार से मिलन दर्ज होने के बाद ही मामला बंद होता है</translation>
    </message>
    <message>
        <source>a closed case stays closed; if the person goes missing again, register a new case (the previous episode is then noted on it)</source>
        <translation>बंद मामला बंद ही रहता है; व्यक्ति फिर लापता हो तो नया मामला दर्ज करें (पिछली घटना उस पर दर्ज होगी)</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>दिन के साथ महीना चाहिए</translation>
    </message>
    <message>
        <source>a dead body is not produced before the Child Welfare Committee; leave the committee and the home empty</source>
        <translation>शव बाल कल्याण समिति के सामने पेश नहीं किया जाता; समिति और गृह खाली छोड़ें</translation>
    </message>
    <message>
        <source>a dead body&apos;s condition can only be deceased</source>
        <translation>शव की हालत केवल &apos;मृत&apos; हो सकती है</translation>
    </message>
    <message>
        <source>a drive lasts at most {MAX_DRIVE_DAYS} days</source>
        <translation>अभियान अधिकतम {MAX_DRIVE_DAYS} दिन चलता है</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>सूची</translation>
    </message>
    <message>
        <source>a missing child needs an FIR at once (Supreme Court, 2013 and 2026), with a kidnapping section: {suggested} is suggested. Register the FIR, or record why it was not registered.</source>
        <translation>लापता बच्चे के लिए तुरंत एफ़आईआर चाहिए (सर्वोच्च न्यायालय, 2013 और 2026), अपहरण की धारा के साथ: {suggested} सुझाई गई है। एफ़आईआर दर्ज करें, या दर्ज न करने का कारण लिखें।</translation>
    </message>
    <message>
        <source>a missing child&apos;s FIR must invoke a kidnapping section; {suggested} is suggested</source>
        <translation>लापता बच्चे की एफ़आईआर में अपहरण की धारा होनी चाहिए; {suggested} सुझाई गई है</translation>
    </message>
    <message>
        <source>a month (2026-11 or 11-2026), a quarter (2026-Q4 or Q4-2026) or a year (2026)</source>
        <translation>महीना (2026-11 या 11-2026), तिमाही (2026-Q4 या Q4-2026) या वर्ष (2026)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>a period can be at most {days} days long</source>
        <translation>अवधि अधिकतम {days} दिन की हो सकती है</translation>
    </message>
    <message>
        <source>a period: 2026-W47 (ISO week), 2026-11 or 11-2026 (month), 01-11-2026..15-11-2026 (days), or this-week, last-week, this-month, last-month</source>
        <translation>अवधि: 2026-W47 (ISO सप्ताह), 2026-11 या 11-2026 (महीना), 01-11-2026..15-11-2026 (दिन), या this-week, last-week, this-month, last-month</translation>
    </message>
    <message>
        <source>a phone number may hold only digits, spaces, + ( ) and -</source>
        <translation>फ़ोन नंबर में केवल अंक, रिक्त स्थान, + ( ) और - हो सकते हैं</translation>
    </message>
    <message>
        <source>a portal upload needs the portal and its reference number</source>
        <translation>पोर्टल अपलोड के लिए पोर्टल और उसकी संदर्भ संख्या चाहिए</translation>
    </message>
    <message>
        <source>a similar mark</source>
        <translation>मिलता-जुलता निशान</translation>
    </message>
    <message>
        <source>a traced child is produced before the CWC (JJ Act s.31)</source>
        <translation>पता चले बच्चे को बाल कल्याण समिति के सामने पेश किया जाता है (किशोर न्याय अधिनियम धारा 31)</translation>
    </message>
    <message>
        <source>a void entry cannot come back; register the case again</source>
        <translation>रद्द प्रविष्टि वापस नहीं आ सकती; मामला फिर से दर्ज करें</translation>
    </message>
    <message>
        <source>add to a case&apos;s action log</source>
        <translation>मामले की कार्रवाई-सूची में जोड़ना</translation>
    </message>
    <message>
        <source>age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>age {ages}</source>
        <translation>आयु: {ages}</translation>
    </message>
    <message>
        <source>age: {ages}</source>
        <translation>आयु: {ages}</translation>
    </message>
    <message>
        <source>age: {ages}, close for an estimate</source>
        <translation>आयु: {ages}, अनुमानित आयु के लिए निकट</translation>
    </message>
    <message>
        <source>age: {ages}, too far apart</source>
        <translation>आयु: {ages}, अंतर बहुत अधिक</translation>
    </message>
    <message>
        <source>an Aadhaar number has 12 digits</source>
        <translation>आधार संख्या 12 अंकों की होती है</translation>
    </message>
    <message>
        <source>an administrator (or the recovery key)</source>
        <translation>प्रशासक (या रिकवरी कुंजी)</translation>
    </message>
    <message>
        <source>an age of {value} is not believable</source>
        <translation>{value} की आयु विश्वसनीय नहीं है</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>approve a lookout notice</source>
        <translation>तलाश सूचना को स्वीकृति देना</translation>
    </message>
    <message>
        <source>approve and sign the return to headquarters</source>
        <translation>मुख्यालय को जाने वाले विवरण को स्वीकृत कर हस्ताक्षर करना</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>ask for a record to be destroyed under an order</source>
        <translation>आदेश के तहत रिकॉर्ड नष्ट करने का अनुरोध करना</translation>
    </message>
    <message>
        <source>assess a case&apos;s risk</source>
        <translation>मामले के जोखिम का आकलन करना</translation>
    </message>
    <message>
        <source>at least one name is required (write &apos;unknown&apos; if not known)</source>
        <translation>कम से कम एक नाम आवश्यक है (ज्ञात न हो तो &apos;unknown&apos; लिखें)</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>तुरंत</translation>
    </message>
    <message>
        <source>bands must follow on from each other, starting at 0</source>
        <translation>आयु-वर्ग 0 से शुरू होकर एक के बाद एक होने चाहिए</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>लड़का</translation>
    </message>
    <message>
        <source>build</source>
        <translation>कद-काठी</translation>
    </message>
    <message>
        <source>build: both {build}</source>
        <translation>कद-काठी: दोनों {build}</translation>
    </message>
    <message>
        <source>cannot be after today</source>
        <translation>आज के बाद की नहीं हो सकती</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>भविष्य की नहीं हो सकती</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>ऋणात्मक नहीं हो सकता</translation>
    </message>
    <message>
        <source>carry out the destruction of a record under an order</source>
        <translation>आदेश के तहत रिकॉर्ड नष्ट करने की कार्रवाई करना</translation>
    </message>
    <message>
        <source>case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>case still missing (long-term review)</source>
        <translation>अभी भी लापता मामला (दीर्घकालीन समीक्षा)</translation>
    </message>
    <message>
        <source>case transferred to another station</source>
        <translation>दूसरे थाने को स्थानांतरित मामला</translation>
    </message>
    <message>
        <source>change a registered case</source>
        <translation>दर्ज मामले में बदलाव करना</translation>
    </message>
    <message>
        <source>change or link a found person</source>
        <translation>मिले व्यक्ति का रिकॉर्ड बदलना या जोड़ना</translation>
    </message>
    <message>
        <source>change the station&apos;s clocks and thresholds</source>
        <translation>थाने की समय-सीमाएँ और सीमाएँ बदलना</translation>
    </message>
    <message>
        <source>changed outside Talash: it does not match its last audit event ({event})</source>
        <translation>Talash के बाहर बदला गया: यह अपनी अंतिम ऑडिट प्रविष्टि ({event}) से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>check the audit chain</source>
        <translation>ऑडिट शृंखला जाँचना</translation>
    </message>
    <message>
        <source>close a case</source>
        <translation>मामला बंद करना</translation>
    </message>
    <message>
        <source>closed with a step open: {label}</source>
        <translation>एक चरण बाकी रहते बंद किया: {label}</translation>
    </message>
    <message>
        <source>clothing</source>
        <translation>कपड़े</translation>
    </message>
    <message>
        <source>clothing: {found} ≈ {missing}</source>
        <translation>कपड़े: {found} ≈ {missing}</translation>
    </message>
    <message>
        <source>complexion</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>complexion: both {complexion}</source>
        <translation>रंग: दोनों {complexion}</translation>
    </message>
    <message>
        <source>complexion: {found} found, {missing} missing</source>
        <translation>रंग: मिला व्यक्ति {found}, लापता व्यक्ति {missing}</translation>
    </message>
    <message>
        <source>contains a control or unassigned character that cannot be printed</source>
        <translation>इसमें ऐसा नियंत्रण या अनिर्धारित अक्षर है जो छापा नहीं जा सकता</translation>
    </message>
    <message>
        <source>contains hidden direction-changing characters (often pasted from another program); retype it</source>
        <translation>इसमें दिशा बदलने वाले छिपे अक्षर हैं (अक्सर किसी अन्य प्रोग्राम से चिपकाए गए); फिर से टाइप करें</translation>
    </message>
    <message>
        <source>date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>date: found before last seen</source>
        <translation>तारीख: अंतिम बार देखे जाने से पहले ही मिला</translation>
    </message>
    <message>
        <source>date: found within two days of last seen</source>
        <translation>तारीख: अंतिम बार देखे जाने के दो दिन के भीतर मिला</translation>
    </message>
    <message>
        <source>date: found {days} days after last seen</source>
        <translation>तारीख: अंतिम बार देखे जाने के {days} दिन बाद मिला</translation>
    </message>
    <message>
        <source>date: found {months} months after last seen</source>
        <translation>तारीख: अंतिम बार देखे जाने के {months} महीने बाद मिला</translation>
    </message>
    <message>
        <source>decided not a match on {day}</source>
        <translation>{day} को मेल नहीं है, ऐसा तय किया गया</translation>
    </message>
    <message>
        <source>destroyed (the record&apos;s key is gone)</source>
        <translation>नष्ट किया गया (रिकॉर्ड की कुंजी नहीं रही)</translation>
    </message>
    <message>
        <source>destroyed under order {reference} of {date} ({authority})</source>
        <translation>{date} के आदेश {reference} के तहत नष्ट किया गया ({authority})</translation>
    </message>
    <message>
        <source>does not apply to a dead body; leave it empty</source>
        <translation>शव पर लागू नहीं; खाली छोड़ें</translation>
    </message>
    <message>
        <source>done in time</source>
        <translation>समय पर पूरा</translation>
    </message>
    <message>
        <source>done in time, {done}</source>
        <translation>समय पर पूरा, {done}</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>देर से पूरा</translation>
    </message>
    <message>
        <source>done late, {done} (was due {due})</source>
        <translation>देर से पूरा, {done} (नियत {due})</translation>
    </message>
    <message>
        <source>due</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>नियत {due}</translation>
    </message>
    <message>
        <source>entry voided as made in error</source>
        <translation>गलती से होने के कारण रद्द प्रविष्टि</translation>
    </message>
    <message>
        <source>event {number} is missing</source>
        <translation>प्रविष्टि {number} गायब है</translation>
    </message>
    <message>
        <source>event {number} was altered</source>
        <translation>प्रविष्टि {number} में बदलाव किया गया</translation>
    </message>
    <message>
        <source>every missing child is presumed abducted or trafficked until shown otherwise; medium is the usual starting grade</source>
        <translation>अन्यथा सिद्ध होने तक हर लापता बच्चे का अपहरण या तस्करी मानी जाती है; शुरुआती श्रेणी आमतौर पर &apos;मध्यम&apos; होती है</translation>
    </message>
    <message>
        <source>found before last seen</source>
        <translation>अंतिम बार देखे जाने से पहले ही मिला</translation>
    </message>
    <message>
        <source>found person</source>
        <translation>मिला व्यक्ति</translation>
    </message>
    <message>
        <source>found person or body restored, handed over or closed</source>
        <translation>मिला व्यक्ति या शव सौंपा गया, हवाले किया गया या बंद किया गया</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>लड़की</translation>
    </message>
    <message>
        <source>give a registered case to another investigating officer</source>
        <translation>दर्ज मामला दूसरे जाँच अधिकारी को देना</translation>
    </message>
    <message>
        <source>give bands such as 0-5 6-11 12-15 16-17</source>
        <translation>0-5 6-11 12-15 16-17 जैसे आयु-वर्ग दें</translation>
    </message>
    <message>
        <source>give either a case of this station or another station&apos;s reference</source>
        <translation>इस थाने का मामला या किसी अन्य थाने का संदर्भ, इनमें से एक दें</translation>
    </message>
    <message>
        <source>give the FIR&apos;s final report or charge-sheet reference</source>
        <translation>एफ़आईआर की अंतिम रिपोर्ट या आरोप-पत्र का संदर्भ दें</translation>
    </message>
    <message>
        <source>give the Zero FIR&apos;s number</source>
        <translation>ज़ीरो एफ़आईआर की संख्या दें</translation>
    </message>
    <message>
        <source>give the date of birth (the year alone will do), or the age or an age range if it is not known</source>
        <translation>जन्मतिथि दें (केवल वर्ष भी चलेगा), या ज्ञात न हो तो आयु या आयु-सीमा दें</translation>
    </message>
    <message>
        <source>give the date the body was buried or cremated</source>
        <translation>शव दफ़नाने या दाह-संस्कार की तारीख दें</translation>
    </message>
    <message>
        <source>give the drive a name, e.g. &apos;Operation Muskaan XII&apos;</source>
        <translation>अभियान को नाम दें, जैसे &apos;Operation Muskaan XII&apos;</translation>
    </message>
    <message>
        <source>give the inquest or U.D. (unexplained death) case number</source>
        <translation>इन्क्वेस्ट या अस्वाभाविक मृत्यु (U.D.) मामले की संख्या दें</translation>
    </message>
    <message>
        <source>give the inquest or UIDB number</source>
        <translation>इन्क्वेस्ट या अज्ञात शव (UIDB) संख्या दें</translation>
    </message>
    <message>
        <source>give the order&apos;s date</source>
        <translation>आदेश की तारीख दें</translation>
    </message>
    <message>
        <source>give the order&apos;s full date (day, month and year)</source>
        <translation>आदेश की पूरी तारीख दें (दिन, महीना और वर्ष)</translation>
    </message>
    <message>
        <source>give the order&apos;s number</source>
        <translation>आदेश की संख्या दें</translation>
    </message>
    <message>
        <source>grant or change roles</source>
        <translation>भूमिकाएँ देना या बदलना</translation>
    </message>
    <message>
        <source>has been withdrawn</source>
        <translation>वापस ली गई</translation>
    </message>
    <message>
        <source>height</source>
        <translation>ऊँचाई</translation>
    </message>
    <message>
        <source>height {found} cm found, {missing} cm missing</source>
        <translation>ऊँचाई: मिला व्यक्ति {found} सेमी, लापता व्यक्ति {missing} सेमी</translation>
    </message>
    <message>
        <source>height {found} cm found, {missing} cm missing (up to {grown} cm grown)</source>
        <translation>ऊँचाई: मिला व्यक्ति {found} सेमी, लापता व्यक्ति {missing} सेमी ({grown} सेमी तक बढ़त मानकर)</translation>
    </message>
    <message>
        <source>height: {found} cm found, {missing} cm missing</source>
        <translation>ऊँचाई: मिला व्यक्ति {found} सेमी, लापता व्यक्ति {missing} सेमी</translation>
    </message>
    <message>
        <source>import returns at headquarters</source>
        <translation>मुख्यालय में विवरण आयात करना</translation>
    </message>
    <message>
        <source>inquest and post-mortem details are for an unidentified dead body only; choose that kind, or leave them empty</source>
        <translation>इन्क्वेस्ट और पोस्टमार्टम का विवरण केवल अज्ञात शव के लिए है; वह प्रकार चुनें, या उन्हें खाली छोड़ें</translation>
    </message>
    <message>
        <source>is after the day the person went missing</source>
        <translation>व्यक्ति के लापता होने के दिन के बाद की है</translation>
    </message>
    <message>
        <source>is already issued</source>
        <translation>पहले ही जारी</translation>
    </message>
    <message>
        <source>is approved but not yet issued</source>
        <translation>स्वीकृत, पर अभी जारी नहीं</translation>
    </message>
    <message>
        <source>is before the body was found</source>
        <translation>शव मिलने से पहले की है</translation>
    </message>
    <message>
        <source>is before the case was reported</source>
        <translation>रिपोर्ट दर्ज होने से पहले की है</translation>
    </message>
    <message>
        <source>is before the person was found</source>
        <translation>व्यक्ति के मिलने से पहले की है</translation>
    </message>
    <message>
        <source>is before the person was last seen</source>
        <translation>व्यक्ति के अंतिम बार देखे जाने से पहले की है</translation>
    </message>
    <message>
        <source>is before the person was traced</source>
        <translation>व्यक्ति का पता चलने से पहले की है</translation>
    </message>
    <message>
        <source>is before the time last seen</source>
        <translation>अंतिम बार देखे जाने के समय से पहले की है</translation>
    </message>
    <message>
        <source>is before the trace</source>
        <translation>पता चलने से पहले की है</translation>
    </message>
    <message>
        <source>is not a field here</source>
        <translation>यह यहाँ का फ़ील्ड नहीं है</translation>
    </message>
    <message>
        <source>is not a field here; did you mean &apos;{hint}&apos;?</source>
        <translation>यह यहाँ का फ़ील्ड नहीं है; क्या आपका मतलब &apos;{hint}&apos; है?</translation>
    </message>
    <message>
        <source>is not a station setting</source>
        <translation>यह थाने की सेटिंग नहीं है</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>यह ई-मेल पता नहीं है</translation>
    </message>
    <message>
        <source>is not valid base64 data</source>
        <translation>यह मान्य base64 डेटा नहीं है</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>आवश्यक है</translation>
    </message>
    <message>
        <source>is required: give the officer a first password</source>
        <translation>आवश्यक है: अधिकारी को पहला पासवर्ड दें</translation>
    </message>
    <message>
        <source>is required: the first information in the informant&apos;s words</source>
        <translation>आवश्यक है: सूचना देने वाले के शब्दों में पहली सूचना</translation>
    </message>
    <message>
        <source>is required: type a temporary password</source>
        <translation>आवश्यक है: अस्थायी पासवर्ड टाइप करें</translation>
    </message>
    <message>
        <source>is too long ({text_count} characters; at most {max_length})</source>
        <translation>बहुत लंबा है ({text_count} अक्षर; अधिकतम {max_length})</translation>
    </message>
    <message>
        <source>is {value} but has no trace</source>
        <translation>{value} है पर पता चलने की प्रविष्टि नहीं है</translation>
    </message>
    <message>
        <source>is {why_count} characters; at most {MAX_REASON}</source>
        <translation>{why_count} अक्षर हैं; अधिकतम {MAX_REASON}</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>it contains a {kind} &apos;{name}&apos; that a Talash register of schema {revision} does not have (or has with different SQL)</source>
        <translation>इसमें &apos;{name}&apos; नाम का {kind} है, जो स्कीमा {revision} के तलाश रजिस्टर में नहीं होता (या अलग SQL के साथ होता है)</translation>
    </message>
    <message>
        <source>it has been withdrawn</source>
        <translation>वह वापस ली जा चुकी है</translation>
    </message>
    <message>
        <source>it has no manifest ({file}): Talash writes one beside every backup, so the file was not made by this program or its manifest was left behind (a copy carried on a USB stick needs its .manifest file beside it, named alike)</source>
        <translation>इसका मैनिफेस्ट ({file}) नहीं है: तलाश हर बैकअप के पास एक लिखता है, इसलिए यह फ़ाइल इस प्रोग्राम ने नहीं बनाई या इसका मैनिफेस्ट पीछे छूट गया (USB स्टिक पर ले जाई गई प्रति के पास उसी नाम की .manifest फ़ाइल चाहिए)</translation>
    </message>
    <message>
        <source>it is a copy of another register, not of this one (its register id differs)</source>
        <translation>यह किसी दूसरे रजिस्टर की प्रति है, इस रजिस्टर की नहीं (रजिस्टर आईडी अलग है)</translation>
    </message>
    <message>
        <source>it is already issued</source>
        <translation>वह पहले ही जारी हो चुकी है</translation>
    </message>
    <message>
        <source>it is approved but not yet issued</source>
        <translation>वह स्वीकृत है पर अभी जारी नहीं हुई</translation>
    </message>
    <message>
        <source>it is not a Talash register (no schema revision)</source>
        <translation>यह तलाश रजिस्टर नहीं है (स्कीमा संस्करण नहीं है)</translation>
    </message>
    <message>
        <source>it is not a Talash register, is encrypted with another key, or is damaged ({error})</source>
        <translation>यह तलाश रजिस्टर नहीं है, किसी दूसरी की से कूटबद्ध है, या खराब हो गया है ({error})</translation>
    </message>
    <message>
        <source>it is the demo register (invented cases, published passwords): it never replaces a station&apos;s real register</source>
        <translation>यह प्रदर्शन रजिस्टर है (काल्पनिक मामले, सार्वजनिक पासवर्ड): यह थाने के असली रजिस्टर की जगह कभी नहीं लेता</translation>
    </message>
    <message>
        <source>it is the register of station {theirs}, not of {ours}</source>
        <translation>यह थाना {theirs} का रजिस्टर है, {ours} का नहीं</translation>
    </message>
    <message>
        <source>it lacks &apos;{name}&apos;, which a Talash register has</source>
        <translation>इसमें &apos;{name}&apos; नहीं है, जो तलाश रजिस्टर में होता है</translation>
    </message>
    <message>
        <source>it still waits for the station head&apos;s approval</source>
        <translation>वह अभी थाना प्रभारी की स्वीकृति के लिए लंबित है</translation>
    </message>
    <message>
        <source>it was refused</source>
        <translation>वह अस्वीकार की गई</translation>
    </message>
    <message>
        <source>it was written by a newer Talash (schema {revision}); restore it with that version</source>
        <translation>इसे तलाश के नए संस्करण ने लिखा है (स्कीमा {revision}); उसी संस्करण से पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>its audit trail does not fit this register&apos;s: event {event} in it is not event {event} here, and this register&apos;s trail records no such backup (a rewritten history, or the copy of another register)</source>
        <translation>इसकी ऑडिट प्रविष्टियाँ इस रजिस्टर की प्रविष्टियों से मेल नहीं खातीं: इसकी प्रविष्टि {event} यहाँ की प्रविष्टि {event} नहीं है, और इस रजिस्टर की प्रविष्टियों में ऐसा कोई बैकअप दर्ज नहीं है (दोबारा लिखा गया इतिहास, या किसी दूसरे रजिस्टर की प्रति)</translation>
    </message>
    <message>
        <source>its bytes are not those its manifest records (the SHA-256 differs): the file was changed after the backup was taken</source>
        <translation>इसके बाइट्स मैनिफेस्ट में दर्ज बाइट्स जैसे नहीं हैं (SHA-256 अलग है): बैकअप लेने के बाद फ़ाइल बदली गई</translation>
    </message>
    <message>
        <source>its manifest is not signed with this register&apos;s key</source>
        <translation>इसके मैनिफेस्ट पर इस रजिस्टर की की के हस्ताक्षर नहीं हैं</translation>
    </message>
    <message>
        <source>its manifest {file} cannot be read</source>
        <translation>इसका मैनिफेस्ट {file} पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>its manifest {file} is far too large to be one</source>
        <translation>इसका मैनिफेस्ट {file} मैनिफेस्ट होने के लिए बहुत बड़ा है</translation>
    </message>
    <message>
        <source>keep it, or obtain a retention/destruction order and ask: talash destroy {verb} {ref} --order NUMBER --order-date DD-MM-YYYY --authority TEXT; an administrator then carries it out (talash destroy approve ID)</source>
        <translation>इसे रखें, या संरक्षण/नष्टीकरण आदेश प्राप्त कर अनुरोध करें: talash destroy {verb} {ref} --order NUMBER --order-date DD-MM-YYYY --authority TEXT; फिर प्रशासक इसे लागू करते हैं (talash destroy approve ID)</translation>
    </message>
    <message>
        <source>keep the case open and review it: re-check the portals, the unidentified-body records and the family, and tell the family what a court can declare; never destroyed while missing</source>
        <translation>मामला खुला रखें और उसकी समीक्षा करें: पोर्टल, अज्ञात शवों के रिकॉर्ड और परिवार को फिर से जाँचें, और परिवार को बताएँ कि अदालत क्या घोषित कर सकती है; लापता रहते कभी नष्ट नहीं किया जाता</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>languages: both speak {languages}</source>
        <translation>भाषाएँ: दोनों {languages} बोलते हैं</translation>
    </message>
    <message>
        <source>list at least one Act and section</source>
        <translation>कम से कम एक अधिनियम और धारा लिखें</translation>
    </message>
    <message>
        <source>list the stations or offices informed</source>
        <translation>जिन थानों या कार्यालयों को सूचना दी, उन्हें लिखें</translation>
    </message>
    <message>
        <source>lookout notices</source>
        <translation>तलाश सूचना (लुकआउट नोटिस)</translation>
    </message>
    <message>
        <source>make or restore backups</source>
        <translation>बैकअप बनाना या पुनर्स्थापित करना</translation>
    </message>
    <message>
        <source>man</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>manage signing keys</source>
        <translation>हस्ताक्षर कुंजियाँ सँभालना</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>उपयोगकर्ता खाते सँभालना</translation>
    </message>
    <message>
        <source>marks</source>
        <translation>पहचान चिह्न</translation>
    </message>
    <message>
        <source>marks: {how}: {found} ≈ {missing}</source>
        <translation>पहचान चिह्न: {how}: {found} ≈ {missing}</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>मासिक</translation>
    </message>
    <message>
        <source>must be &apos;seen&apos; or &apos;heard&apos;</source>
        <translation>&apos;seen&apos; (देखा) या &apos;heard&apos; (सुना) होना चाहिए</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>0 या उससे बड़ी पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>must be between -180 and 180</source>
        <translation>-180 और 180 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>must be between -90 and 90</source>
        <translation>-90 और 90 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>must be between 0 and {MAX_AGE}</source>
        <translation>0 और {MAX_AGE} के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>must be between 1 and {MAX_BREAK_GLASS_HOURS}</source>
        <translation>1 और {MAX_BREAK_GLASS_HOURS} के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>must be between 30 and 250 cm</source>
        <translation>30 और 250 सेमी के बीच होनी चाहिए</translation>
    </message>
    <message>
        <source>must be capital letters or digits, e.g. MP</source>
        <translation>अंग्रेज़ी बड़े अक्षर या अंक होने चाहिए, जैसे MP</translation>
    </message>
    <message>
        <source>must be from 0 to {MAX_WRITER_GRACE_HOURS} (one day)</source>
        <translation>0 से {MAX_WRITER_GRACE_HOURS} (एक दिन) तक होना चाहिए</translation>
    </message>
    <message>
        <source>must be from 1 to {MAX_LOCKOUT_MINUTES} (one day)</source>
        <translation>1 से {MAX_LOCKOUT_MINUTES} (एक दिन) तक होना चाहिए</translation>
    </message>
    <message>
        <source>must be from 1 to {MAX_RETENTION_YEARS} years</source>
        <translation>1 से {MAX_RETENTION_YEARS} वर्ष तक होना चाहिए</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>0 से अधिक होना चाहिए</translation>
    </message>
    <message>
        <source>must be mr (Marathi) or hi (Hindi)</source>
        <translation>mr (मराठी) या hi (हिंदी) होना चाहिए</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true या false होना चाहिए</translation>
    </message>
    <message>
        <source>must differ from the present passphrase</source>
        <translation>वर्तमान पासफ़्रेज़ से भिन्न होना चाहिए</translation>
    </message>
    <message>
        <source>must not be below the lower age</source>
        <translation>निचली आयु से कम नहीं होनी चाहिए</translation>
    </message>
    <message>
        <source>must not be below the lower height</source>
        <translation>निचली ऊँचाई से कम नहीं होनी चाहिए</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>name the Act and section</source>
        <translation>अधिनियम और धारा लिखें</translation>
    </message>
    <message>
        <source>name the Child Welfare Committee</source>
        <translation>बाल कल्याण समिति का नाम दें</translation>
    </message>
    <message>
        <source>name the court or committee that made the order, e.g. &apos;CWC Mumbai City&apos;</source>
        <translation>आदेश देने वाले न्यायालय या समिति का नाम दें, जैसे &apos;CWC Mumbai City&apos;</translation>
    </message>
    <message>
        <source>name the station or unit the case goes to</source>
        <translation>मामला जिस थाने या इकाई को जाता है उसका नाम दें</translation>
    </message>
    <message>
        <source>name the station that registered the Zero FIR</source>
        <translation>ज़ीरो एफ़आईआर दर्ज करने वाले थाने का नाम दें</translation>
    </message>
    <message>
        <source>name: the relative&apos;s name fits, the name does not</source>
        <translation>नाम: रिश्तेदार का नाम मिलता है, व्यक्ति का नाम नहीं</translation>
    </message>
    <message>
        <source>name: {found} ≈ {missing} ({how})</source>
        <translation>नाम: {found} ≈ {missing} ({how})</translation>
    </message>
    <message>
        <source>no audit event records it: it was added outside Talash, or its events were removed</source>
        <translation>किसी ऑडिट प्रविष्टि में इसका उल्लेख नहीं: इसे Talash के बाहर जोड़ा गया, या इसकी प्रविष्टियाँ हटाई गईं</translation>
    </message>
    <message>
        <source>not a sealed Talash draft</source>
        <translation>यह सील किया गया Talash मसौदा नहीं है</translation>
    </message>
    <message>
        <source>note what was said in the ransom call</source>
        <translation>फिरौती के फ़ोन पर क्या कहा गया, वह लिखें</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>कुछ नहीं (null)</translation>
    </message>
    <message>
        <source>only a court can permit disclosure of the victim&apos;s identity (BNS s.72)</source>
        <translation>पीड़ित की पहचान प्रकट करने की अनुमति केवल न्यायालय दे सकता है (BNS धारा 72)</translation>
    </message>
    <message>
        <source>only one photo can be the primary one</source>
        <translation>केवल एक ही फ़ोटो मुख्य हो सकती है</translation>
    </message>
    <message>
        <source>open case</source>
        <translation>खुला मामला</translation>
    </message>
    <message>
        <source>open case records</source>
        <translation>मामलों के रिकॉर्ड खोलना</translation>
    </message>
    <message>
        <source>place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>place: {words} on both</source>
        <translation>स्थान: दोनों रिकॉर्ड में {words}</translation>
    </message>
    <message>
        <source>portal records</source>
        <translation>पोर्टल के रिकॉर्ड</translation>
    </message>
    <message>
        <source>print or export case papers</source>
        <translation>मामले के काग़ज़ छापना या निर्यात करना</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>छापी गई</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>त्रैमासिक</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>ऑडिट रिकॉर्ड पढ़ना</translation>
    </message>
    <message>
        <source>read the audit trail of their own actions and cases</source>
        <translation>अपनी कार्रवाइयों और मामलों का ऑडिट रिकॉर्ड पढ़ना</translation>
    </message>
    <message>
        <source>record a found person</source>
        <translation>मिले व्यक्ति को दर्ज करना</translation>
    </message>
    <message>
        <source>record a trace or reunion</source>
        <translation>पता चलना या परिवार से मिलन दर्ज करना</translation>
    </message>
    <message>
        <source>record how and where the person was traced</source>
        <translation>व्यक्ति का पता कैसे और कहाँ चला, यह दर्ज करें</translation>
    </message>
    <message>
        <source>record the child&apos;s production before the CWC and its order</source>
        <translation>बच्चे को बाल कल्याण समिति के सामने पेश करने और उसके आदेश को दर्ज करें</translation>
    </message>
    <message>
        <source>record the handover to the family (to whom, identity checked)</source>
        <translation>परिवार को सुपुर्दगी दर्ज करें (किसे, पहचान जाँची)</translation>
    </message>
    <message>
        <source>record when the complainant was informed</source>
        <translation>शिकायतकर्ता को कब सूचना दी, यह दर्ज करें</translation>
    </message>
    <message>
        <source>record, change or remove an order allowing publicity</source>
        <translation>प्रचार की अनुमति देने वाला आदेश दर्ज करना, बदलना या हटाना</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <source>register a new case</source>
        <translation>नया मामला दर्ज करना</translation>
    </message>
    <message>
        <source>removed outside Talash: its audit events remain and no order destroyed it</source>
        <translation>Talash के बाहर हटाया गया: इसकी ऑडिट प्रविष्टियाँ बाकी हैं और किसी आदेश से इसे नष्ट नहीं किया गया</translation>
    </message>
    <message>
        <source>request a lookout notice</source>
        <translation>तलाश सूचना का अनुरोध करना</translation>
    </message>
    <message>
        <source>row {number}</source>
        <translation>पंक्ति {number}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>वही नाम</translation>
    </message>
    <message>
        <source>same sound</source>
        <translation>उच्चारण वही</translation>
    </message>
    <message>
        <source>say to whom the person was handed over</source>
        <translation>व्यक्ति किसे सुपुर्द किया गया, यह लिखें</translation>
    </message>
    <message>
        <source>say what the order permits: notice, media or portal</source>
        <translation>आदेश किसकी अनुमति देता है, यह लिखें: सूचना, मीडिया या पोर्टल</translation>
    </message>
    <message>
        <source>say what the person was doing when found</source>
        <translation>मिलते समय व्यक्ति क्या कर रहा/रही था, यह लिखें</translation>
    </message>
    <message>
        <source>say what was done</source>
        <translation>क्या किया गया, यह लिखें</translation>
    </message>
    <message>
        <source>say when it was uploaded to the portal</source>
        <translation>पोर्टल पर कब अपलोड किया, यह लिखें</translation>
    </message>
    <message>
        <source>say where the body was found</source>
        <translation>शव कहाँ मिला, यह लिखें</translation>
    </message>
    <message>
        <source>say where the person was found</source>
        <translation>व्यक्ति कहाँ मिला, यह लिखें</translation>
    </message>
    <message>
        <source>say where the person was traced</source>
        <translation>व्यक्ति का पता कहाँ चला, यह लिखें</translation>
    </message>
    <message>
        <source>say whether the body was buried or cremated</source>
        <translation>शव दफ़नाया गया या दाह-संस्कार हुआ, यह लिखें</translation>
    </message>
    <message>
        <source>say which portal it was uploaded to</source>
        <translation>किस पोर्टल पर अपलोड किया, यह लिखें</translation>
    </message>
    <message>
        <source>say who made the order: the Special Court (POCSO), the Juvenile Justice Board, the Child Welfare Committee or another court</source>
        <translation>आदेश किसने दिया, यह लिखें: विशेष न्यायालय (पॉक्सो), किशोर न्याय बोर्ड, बाल कल्याण समिति या कोई अन्य न्यायालय</translation>
    </message>
    <message>
        <source>say why the notice is refused</source>
        <translation>सूचना क्यों अस्वीकार की गई, यह लिखें</translation>
    </message>
    <message>
        <source>say why they are not the same person</source>
        <translation>वे एक ही व्यक्ति क्यों नहीं हैं, यह लिखें</translation>
    </message>
    <message>
        <source>see the station&apos;s figures</source>
        <translation>थाने के आँकड़े देखना</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>sex: both female</source>
        <translation>लिंग: दोनों महिला</translation>
    </message>
    <message>
        <source>sex: both male</source>
        <translation>लिंग: दोनों पुरुष</translation>
    </message>
    <message>
        <source>sex: found {found}, missing {missing}</source>
        <translation>लिंग: मिला व्यक्ति {found}, लापता व्यक्ति {missing}</translation>
    </message>
    <message>
        <source>should be a list, not {given}</source>
        <translation>सूची होनी चाहिए, {given} नहीं</translation>
    </message>
    <message>
        <source>should be a number, not {given}</source>
        <translation>संख्या होनी चाहिए, {given} नहीं</translation>
    </message>
    <message>
        <source>should be a whole number, not {given}</source>
        <translation>पूर्ण संख्या होनी चाहिए, {given} नहीं</translation>
    </message>
    <message>
        <source>should be an object with fields, not {given}</source>
        <translation>फ़ील्ड वाला ऑब्जेक्ट होना चाहिए, {given} नहीं</translation>
    </message>
    <message>
        <source>should be base64 text</source>
        <translation>base64 पाठ होना चाहिए</translation>
    </message>
    <message>
        <source>should be text, not {given}</source>
        <translation>पाठ होना चाहिए, {given} नहीं</translation>
    </message>
    <message>
        <source>should be true or false, not {given}</source>
        <translation>true या false होना चाहिए, {given} नहीं</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>मिलती-जुलती वर्तनी</translation>
    </message>
    <message>
        <source>some of its records point at records that do not exist</source>
        <translation>इसकी कुछ प्रविष्टियाँ ऐसी प्रविष्टियों की ओर इशारा करती हैं जो मौजूद नहीं हैं</translation>
    </message>
    <message>
        <source>still waits for the station head&apos;s approval</source>
        <translation>अभी थाना प्रभारी की स्वीकृति के लिए लंबित</translation>
    </message>
    <message>
        <source>text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>the FIR cannot be earlier than the report</source>
        <translation>एफ़आईआर रिपोर्ट से पहले की नहीं हो सकती</translation>
    </message>
    <message>
        <source>the GD entry is earlier than the report</source>
        <translation>रोज़नामचा प्रविष्टि रिपोर्ट से पहले की है</translation>
    </message>
    <message>
        <source>the IPC was replaced by the BNS on 1 July 2024</source>
        <translation>1 जुलाई 2024 से भारतीय दंड संहिता (IPC) की जगह भारतीय न्याय संहिता (BNS) लागू है</translation>
    </message>
    <message>
        <source>the IPC was replaced by the BNS on 1 July 2024; IPC {section} is now {now}</source>
        <translation>1 जुलाई 2024 से भारतीय दंड संहिता (IPC) की जगह भारतीय न्याय संहिता (BNS) लागू है; IPC {section} अब {now} है</translation>
    </message>
    <message>
        <source>the age given ({stated_low}–{stated_high}) does not match the date of birth (age {derived}); the date of birth is used</source>
        <translation>दी गई आयु ({stated_low}–{stated_high}) जन्मतिथि से मेल नहीं खाती (आयु {derived}); जन्मतिथि मानी गई है</translation>
    </message>
    <message>
        <source>the age range {said} runs backwards</source>
        <translation>आयु-सीमा {said} उलटी है</translation>
    </message>
    <message>
        <source>the case now belongs to the station it was transferred to</source>
        <translation>मामला अब उस थाने का है जिसे स्थानांतरित किया गया</translation>
    </message>
    <message>
        <source>the chain head does not match the last event</source>
        <translation>शृंखला का शीर्ष अंतिम प्रविष्टि से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>the children&apos;s bands must end at 17</source>
        <translation>बच्चों के आयु-वर्ग 17 पर समाप्त होने चाहिए</translation>
    </message>
    <message>
        <source>the day it was voided</source>
        <translation>रद्द किए जाने का दिन</translation>
    </message>
    <message>
        <source>the day last seen</source>
        <translation>अंतिम बार देखे जाने का दिन</translation>
    </message>
    <message>
        <source>the day the trace or closure was recorded</source>
        <translation>बरामदगी या मामला बंद होने की प्रविष्टि का दिन</translation>
    </message>
    <message>
        <source>the day the transfer was recorded</source>
        <translation>स्थानांतरण दर्ज होने का दिन</translation>
    </message>
    <message>
        <source>the desk name is empty</source>
        <translation>डेस्क का नाम खाली है</translation>
    </message>
    <message>
        <source>the desk name is too long ({name_count} characters; at most 64)</source>
        <translation>डेस्क का नाम बहुत लंबा है ({name_count} अक्षर; अधिकतम 64)</translation>
    </message>
    <message>
        <source>the desk name may hold only letters, digits, spaces, dots, hyphens and underscores</source>
        <translation>डेस्क के नाम में केवल अक्षर, अंक, रिक्त स्थान, बिंदु, हाइफ़न और अंडरस्कोर हो सकते हैं</translation>
    </message>
    <message>
        <source>the draft was altered, or sealed under another register&apos;s key</source>
        <translation>मसौदा बदला गया, या किसी अन्य रजिस्टर की कुंजी से सील किया गया</translation>
    </message>
    <message>
        <source>the drive ends before it starts</source>
        <translation>अभियान शुरू होने से पहले ही समाप्त होता है</translation>
    </message>
    <message>
        <source>the file cannot be read: {error}</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती: {error}</translation>
    </message>
    <message>
        <source>the first HQ user is an HQ clerk</source>
        <translation>मुख्यालय का पहला उपयोगकर्ता मुख्यालय का लिपिक होता है</translation>
    </message>
    <message>
        <source>the first account must be the station head</source>
        <translation>पहला खाता थाना प्रभारी का होना चाहिए</translation>
    </message>
    <message>
        <source>the informant&apos;s details are required</source>
        <translation>सूचना देने वाले का विवरण आवश्यक है</translation>
    </message>
    <message>
        <source>the informant&apos;s name is required</source>
        <translation>सूचना देने वाले का नाम आवश्यक है</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; appears twice in one object</source>
        <translation>&apos;{key}&apos; कुंजी एक ही ऑब्जेक्ट में दो बार आई है</translation>
    </message>
    <message>
        <source>the media</source>
        <translation>मीडिया</translation>
    </message>
    <message>
        <source>the name index does not match the stored names (names were changed outside Talash, or the index was damaged)</source>
        <translation>नामों की सूची सहेजे गए नामों से मेल नहीं खाती (नाम तलाश के बाहर से बदले गए, या सूची खराब हो गई)</translation>
    </message>
    <message>
        <source>the next review cannot be in the past</source>
        <translation>अगली समीक्षा अतीत में नहीं हो सकती</translation>
    </message>
    <message>
        <source>the number {text} is too large</source>
        <translation>संख्या {text} बहुत बड़ी है</translation>
    </message>
    <message>
        <source>the number {text}{value} is too large</source>
        <translation>संख्या {text}{value} बहुत बड़ी है</translation>
    </message>
    <message>
        <source>the number {text}{value} is too small</source>
        <translation>संख्या {text}{value} बहुत छोटी है</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>अवधि शुरू होने से पहले ही खत्म होती है</translation>
    </message>
    <message>
        <source>the period {period} has not started yet</source>
        <translation>अवधि {period} अभी शुरू नहीं हुई है</translation>
    </message>
    <message>
        <source>the person was last seen after the report was made; check both times</source>
        <translation>व्यक्ति रिपोर्ट दर्ज होने के बाद अंतिम बार देखा गया दर्ज है; दोनों समय जाँचें</translation>
    </message>
    <message>
        <source>the person was traced and it must be withdrawn</source>
        <translation>व्यक्ति का पता चल गया है और उसे वापस लेना होगा</translation>
    </message>
    <message>
        <source>the person went missing on {day}, before the BNS came into force on 1 July 2024, so the IPC applies</source>
        <translation>व्यक्ति {day} को, यानी 1 जुलाई 2024 को भारतीय न्याय संहिता (BNS) लागू होने से पहले लापता हुआ, इसलिए भारतीय दंड संहिता (IPC) लागू है</translation>
    </message>
    <message>
        <source>the person went missing on {day}, before the BNS came into force on 1 July 2024, so the IPC applies: BNS {section} was {before}</source>
        <translation>व्यक्ति {day} को, यानी 1 जुलाई 2024 को भारतीय न्याय संहिता (BNS) लागू होने से पहले लापता हुआ, इसलिए भारतीय दंड संहिता (IPC) लागू है: BNS {section} पहले {before} थी</translation>
    </message>
    <message>
        <source>the photo&apos;s file could not be read</source>
        <translation>फ़ोटो की फ़ाइल पढ़ी नहीं जा सकी</translation>
    </message>
    <message>
        <source>the reason for the grade is required</source>
        <translation>श्रेणी का कारण आवश्यक है</translation>
    </message>
    <message>
        <source>the reason is required</source>
        <translation>कारण आवश्यक है</translation>
    </message>
    <message>
        <source>the record&apos;s last change</source>
        <translation>रिकॉर्ड का अंतिम बदलाव</translation>
    </message>
    <message>
        <source>the records do not fit</source>
        <translation>रिकॉर्ड मेल नहीं खाते</translation>
    </message>
    <message>
        <source>the same mark</source>
        <translation>वही निशान</translation>
    </message>
    <message>
        <source>the station head</source>
        <translation>थाना प्रभारी</translation>
    </message>
    <message>
        <source>the station head (or the recovery key)</source>
        <translation>थाना प्रभारी (या रिकवरी कुंजी)</translation>
    </message>
    <message>
        <source>the year {year} is not believable</source>
        <translation>वर्ष {year} विश्वसनीय नहीं है</translation>
    </message>
    <message>
        <source>there is already a drive &apos;{clean_name}&apos;</source>
        <translation>&apos;{clean_name}&apos; अभियान पहले से है</translation>
    </message>
    <message>
        <source>there is no active user &apos;{username}&apos;</source>
        <translation>&apos;{username}&apos; नाम का सक्रिय उपयोगकर्ता नहीं है</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>{month} नाम का महीना नहीं है</translation>
    </message>
    <message>
        <source>there is no month {number}</source>
        <translation>{number} नाम का कोई महीना नहीं है</translation>
    </message>
    <message>
        <source>there is no quarter {number}</source>
        <translation>{number} नाम की कोई तिमाही नहीं है</translation>
    </message>
    <message>
        <source>this register has made no backup with a manifest yet, so no backup can be shown to be its own: take a backup first (talash backup)</source>
        <translation>इस रजिस्टर ने अभी तक मैनिफेस्ट के साथ कोई बैकअप नहीं बनाया है, इसलिए कोई बैकअप इसी का है यह नहीं दिखाया जा सकता: पहले बैकअप लें (talash backup)</translation>
    </message>
    <message>
        <source>traced or closed case</source>
        <translation>बरामद या बंद मामला</translation>
    </message>
    <message>
        <source>transfer a case</source>
        <translation>मामला स्थानांतरित करना</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>type the temporary password the officer will use once</source>
        <translation>वह अस्थायी पासवर्ड टाइप करें जिसे अधिकारी एक बार उपयोग करेंगे</translation>
    </message>
    <message>
        <source>under POCSO s.23 only the Special Court can permit disclosure</source>
        <translation>पॉक्सो धारा 23 के अनुसार केवल विशेष न्यायालय ही पहचान प्रकट करने की अनुमति दे सकता है</translation>
    </message>
    <message>
        <source>unlinked found person</source>
        <translation>बिना जुड़ा मिला व्यक्ति</translation>
    </message>
    <message>
        <source>update the {value} record (traced)</source>
        <translation>{value} का रिकॉर्ड अद्यतन करें (पता चला)</translation>
    </message>
    <message>
        <source>use 2–64 small letters, digits, dots, dashes or underscores, e.g. psi.more</source>
        <translation>2–64 छोटे अंग्रेज़ी अक्षर, अंक, बिंदु, डैश या अंडरस्कोर उपयोग करें, जैसे psi.more</translation>
    </message>
    <message>
        <source>use capital letters, digits and dashes, e.g. MH-MUM-DHR</source>
        <translation>अंग्रेज़ी बड़े अक्षर, अंक और डैश उपयोग करें, जैसे MH-MUM-DHR</translation>
    </message>
    <message>
        <source>user account</source>
        <translation>उपयोगकर्ता खाता</translation>
    </message>
    <message>
        <source>void a case entered in error</source>
        <translation>गलती से दर्ज मामला रद्द करना</translation>
    </message>
    <message>
        <source>was refused</source>
        <translation>अस्वीकार की गई</translation>
    </message>
    <message>
        <source>withdraw lookout notice {number}</source>
        <translation>तलाश सूचना {number} वापस लें</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>वापस ली गई</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>write it as A+, B-, AB+, O- …</source>
        <translation>A+, B-, AB+, O- … इस तरह लिखें</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>वार्षिक</translation>
    </message>
    <message>
        <source>{code} (retired code)</source>
        <translation>{code} (हटाया गया कोड)</translation>
    </message>
    <message>
        <source>{code} already sent package number {seq} (imported on {imported_at}); this is a different package with the same number: a replay, or the station&apos;s register was restored from an old backup. Ask the station.</source>
        <translation>{code} पैकेज संख्या {seq} पहले ही भेज चुका है ({imported_at} को आयात); यह उसी संख्या का अलग पैकेज है: दोहराव, या थाने का रजिस्टर पुराने बैकअप से पुनर्स्थापित हुआ। थाने से पूछें।</translation>
    </message>
    <message>
        <source>{code} {name}: no return received</source>
        <translation>{code} {name}: कोई विवरणी नहीं मिली</translation>
    </message>
    <message>
        <source>{code} {name}: week {weeks} missing</source>
        <translation>{code} {name}: सप्ताह {weeks} नहीं मिला</translation>
    </message>
    <message>
        <source>{count} records point at records that do not exist</source>
        <translation>{count} प्रविष्टियाँ ऐसी प्रविष्टियों की ओर इशारा करती हैं जो मौजूद नहीं हैं</translation>
    </message>
    <message>
        <source>{describe} has a temporary password. Choose a new password first (at the window&apos;s logon, or &apos;talash user passwd&apos;).</source>
        <translation>{describe} का पासवर्ड अस्थायी है। पहले नया पासवर्ड चुनें (विंडो के लॉगऑन पर, या &apos;talash user passwd&apos;)।</translation>
    </message>
    <message>
        <source>{describe} is not the investigating officer of this case and cannot {what}. The station head can, or can assign the case.</source>
        <translation>{describe} इस मामले के जाँच अधिकारी नहीं हैं, इसलिए यह नहीं कर सकते: {what}। थाना प्रभारी यह कर सकते हैं, या मामला उन्हें सौंप सकते हैं।</translation>
    </message>
    <message>
        <source>{drive} ({span})</source>
        <translation>{drive} ({span})</translation>
    </message>
    <message>
        <source>{earlier}, {later}</source>
        <translation>{earlier}, {later}</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
    <message>
        <source>{field}, {part}</source>
        <translation>{field}, {part}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{file} is not a Talash backup manifest of a known version</source>
        <translation>{file} किसी ज्ञात संस्करण का तलाश बैकअप मैनिफेस्ट नहीं है</translation>
    </message>
    <message>
        <source>{first}–{last} {year}</source>
        <translation>{first}–{last} {year}</translation>
    </message>
    <message>
        <source>{found} and {case} cannot be the same person ({why}): no notice is sent.</source>
        <translation>{found} और {case} एक ही व्यक्ति नहीं हो सकते ({why}): सूचना नहीं भेजी गई।</translation>
    </message>
    <message>
        <source>{found} and {case} contradict each other ({why}). Link them only if you are sure, and give the reason.</source>
        <translation>{found} और {case} के रिकॉर्ड आपस में मेल नहीं खाते ({why})। पक्का यकीन हो तभी उन्हें जोड़ें, और कारण लिखें।</translation>
    </message>
    <message>
        <source>{found} found, {missing} missing</source>
        <translation>मिला व्यक्ति {found}, लापता व्यक्ति {missing}</translation>
    </message>
    <message>
        <source>{found} found, {missing} missing (aged since last seen)</source>
        <translation>मिला व्यक्ति {found}, लापता व्यक्ति {missing} (अंतिम बार देखे जाने के बाद बढ़ी आयु मानकर)</translation>
    </message>
    <message>
        <source>{full_name} already has the role &apos;{value}&apos;.</source>
        <translation>{full_name} के पास &apos;{value}&apos; भूमिका पहले से है।</translation>
    </message>
    <message>
        <source>{full_name} is not an officer who can be {field}</source>
        <translation>{full_name} ऐसे अधिकारी नहीं हैं जो {field} हो सकें</translation>
    </message>
    <message>
        <source>{full_name} is the only active station head. Make another account station head first.</source>
        <translation>{full_name} एकमात्र सक्रिय थाना प्रभारी हैं। पहले किसी अन्य खाते को थाना प्रभारी बनाएँ।</translation>
    </message>
    <message>
        <source>{group} {field}</source>
        <translation>{group} {field}</translation>
    </message>
    <message>
        <source>{group}: {sex}</source>
        <translation>{group}: {sex}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} घंटे</translation>
    </message>
    <message>
        <source>{key_file} already exists; this register already has a key.</source>
        <translation>{key_file} पहले से है; इस रजिस्टर की कुंजी पहले से है।</translation>
    </message>
    <message>
        <source>{measure}: {sex}</source>
        <translation>{measure}: {sex}</translation>
    </message>
    <message>
        <source>{month_name} {year} has no day {day}</source>
        <translation>{month_name} {year} में {day} तारीख नहीं होती</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{month} {year} ({span})</source>
        <translation>{month} {year} ({span})</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook: {error}.</source>
        <translation>{name} वर्कबुक के रूप में पढ़ी नहीं जा सकती: {error}।</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook: {exc}</source>
        <translation>{name} वर्कबुक के रूप में पढ़ी नहीं जा सकती: {exc}</translation>
    </message>
    <message>
        <source>{name} cannot be read: {strerror}.</source>
        <translation>{name} पढ़ी नहीं जा सकती: {strerror}।</translation>
    </message>
    <message>
        <source>{name} has more than {MAX_ROWS} rows; split it.</source>
        <translation>{name} में {MAX_ROWS} से अधिक पंक्तियाँ हैं; इसे बाँटें।</translation>
    </message>
    <message>
        <source>{name} has no header row {header_row}.</source>
        <translation>{name} में शीर्षक पंक्ति {header_row} नहीं है।</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos; (it has {items}).</source>
        <translation>{name} में &apos;{sheet}&apos; शीट नहीं है (उसमें {items} हैं)।</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>{name} is built to exhaust memory when opened and was refused.</source>
        <translation>{name} खोलने पर मेमोरी ख़त्म करने के लिए बनाई गई है, इसलिए अस्वीकार की गई।</translation>
    </message>
    <message>
        <source>{name} is damaged or not a picture Talash can read.</source>
        <translation>{name} क्षतिग्रस्त है या ऐसी तस्वीर नहीं है जिसे Talash पढ़ सके।</translation>
    </message>
    <message>
        <source>{name} is larger than {value} MB.</source>
        <translation>{name} {value} MB से बड़ी है।</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as &apos;CSV UTF-8&apos;.</source>
        <translation>{name} UTF-8 पाठ नहीं है; उसे &apos;CSV UTF-8&apos; के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>{name} is not a JPEG, PNG or WebP picture.</source>
        <translation>{name} JPEG, PNG या WebP तस्वीर नहीं है।</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} ऐसी संख्या नहीं है जिसकी JSON अनुमति देता है</translation>
    </message>
    <message>
        <source>{name} is not an XLSX workbook (or it is damaged).</source>
        <translation>{name} XLSX वर्कबुक नहीं है (या क्षतिग्रस्त है)।</translation>
    </message>
    <message>
        <source>{name} is {value} MB; photos may be at most {value2} MB. Send a smaller copy.</source>
        <translation>{name} {value} MB है; फ़ोटो अधिकतम {value2} MB हो सकती है। छोटी प्रति भेजें।</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels, too large to be a photo (at most {value} million pixels).</source>
        <translation>{name} {width}×{height} पिक्सेल है, फ़ोटो के लिए बहुत बड़ी (अधिकतम {value} मिलियन पिक्सेल)।</translation>
    </message>
    <message>
        <source>{name} says it is {kind} but is not.</source>
        <translation>{name} खुद को {kind} बताती है पर है नहीं।</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {value} MB.</source>
        <translation>{name} खोलने पर {value} MB से अधिक हो जाती है।</translation>
    </message>
    <message>
        <source>{name}: ISO weeks {first} to {last} of {year}, {start} to {end}</source>
        <translation>{name}: {year} के ISO सप्ताह {first} से {last}, {start} से {end}</translation>
    </message>
    <message>
        <source>{name}: give an .xlsx or a .csv file.</source>
        <translation>{name}: .xlsx या .csv फ़ाइल दें।</translation>
    </message>
    <message>
        <source>{name}: line {line_num} cannot be read as CSV; save it as &apos;CSV UTF-8&apos;.</source>
        <translation>{name}: पंक्ति {line_num} CSV के रूप में पढ़ी नहीं जा सकती; फ़ाइल को &apos;CSV UTF-8&apos; के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>{name}: line {line_num} has a cell larger than 128 KB; no register cell is that long. Check the file.</source>
        <translation>{name}: पंक्ति {line_num} में 128 KB से बड़ा सेल है; रजिस्टर का कोई सेल इतना लंबा नहीं होता। फ़ाइल जाँचें।</translation>
    </message>
    <message>
        <source>{name}: row {number} has no column {columns} (check header_row and the column names in the mapping).</source>
        <translation>{name}: पंक्ति {number} में स्तंभ {columns} नहीं है (header_row और मैपिंग में स्तंभों के नाम जाँचें)।</translation>
    </message>
    <message>
        <source>{path} already exists; convert it with &apos;talash db encrypt&apos;.</source>
        <translation>{path} पहले से है; &apos;talash db encrypt&apos; से उसे बदलें।</translation>
    </message>
    <message>
        <source>{path} cannot be read: {strerror}.</source>
        <translation>{path} पढ़ा नहीं जा सकता: {strerror}।</translation>
    </message>
    <message>
        <source>{path} failed these checks:
{problems}</source>
        <translation>{path} इन जाँचों में विफल रहा:
{problems}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} फ़ोल्डर है, डेटाबेस फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>{path} is already encrypted.</source>
        <translation>{path} पहले से एन्क्रिप्टेड है।</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 signing key.</source>
        <translation>{path} Ed25519 हस्ताक्षर कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>{path} is not an X25519 sealing key.</source>
        <translation>{path} X25519 सील कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>{record} {ref}: {problem}</source>
        <translation>{record} {ref}: {problem}</translation>
    </message>
    <message>
        <source>{ref_no} is a child: record the production before the Child Welfare Committee first; the notice names the committee as the child&apos;s carer (JJ Act s.31, s.74).</source>
        <translation>{ref_no} बच्चा है: पहले बाल कल्याण समिति के सामने पेश करना दर्ज करें; सूचना में समिति को बच्चे की देखभालकर्ता के रूप में लिखा जाता है (किशोर न्याय अधिनियम धारा 31, 74)।</translation>
    </message>
    <message>
        <source>{ref_no} is already linked; unlink needs the station head.</source>
        <translation>{ref_no} पहले से जुड़ा है; जोड़ हटाने के लिए थाना प्रभारी चाहिए।</translation>
    </message>
    <message>
        <source>{ref_no} is linked to {register_no}; unlinking needs the station head.</source>
        <translation>{ref_no} {register_no} से जुड़ा है; जोड़ हटाने के लिए थाना प्रभारी चाहिए।</translation>
    </message>
    <message>
        <source>{ref_no} is {status}: a help-identify notice is only for a body whose family is still being looked for.</source>
        <translation>{ref_no} {status} है: पहचान में मदद की सूचना केवल ऐसे शव के लिए है जिसके परिवार की अभी तलाश जारी है।</translation>
    </message>
    <message>
        <source>{ref_no} is {status}: a help-identify notice is only for a person whose family is still being looked for.</source>
        <translation>{ref_no} {status} है: पहचान में मदद की सूचना केवल ऐसे व्यक्ति के लिए है जिसके परिवार की अभी तलाश जारी है।</translation>
    </message>
    <message>
        <source>{ref_no} was already recorded as not {register_no} on {when}.</source>
        <translation>{ref_no} {register_no} नहीं है, यह {when} को पहले ही दर्ज हो चुका है।</translation>
    </message>
    <message>
        <source>{ref_no} was changed by {username} after you opened it. Nothing was saved; reopen it and apply your edit again.</source>
        <translation>आपके खोलने के बाद {username} ने {ref_no} बदल दिया। कुछ भी सहेजा नहीं गया; उसे फिर से खोलें और अपना बदलाव दोबारा करें।</translation>
    </message>
    <message>
        <source>{register_no} and {register_no2} are already episodes of the same person.</source>
        <translation>{register_no} और {register_no2} पहले से एक ही व्यक्ति की घटनाएँ हैं।</translation>
    </message>
    <message>
        <source>{register_no} cannot be a repeat of itself.</source>
        <translation>{register_no} स्वयं की पुनरावृत्ति नहीं हो सकता।</translation>
    </message>
    <message>
        <source>{register_no} is already marked as a repeat of {number}. The station head can undo that link first.</source>
        <translation>{register_no} पहले से {number} की पुनरावृत्ति के रूप में दर्ज है। थाना प्रभारी पहले वह कड़ी हटा सकते हैं।</translation>
    </message>
    <message>
        <source>{register_no} is not marked as a repeat of any case.</source>
        <translation>{register_no} किसी मामले की पुनरावृत्ति के रूप में दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>{register_no} is void (an entry made in error); it is no episode of anyone.</source>
        <translation>{register_no} रद्द है (गलती से की गई प्रविष्टि); यह किसी की घटना नहीं है।</translation>
    </message>
    <message>
        <source>{register_no} was reported after {register_no2}. Mark the later report as the repeat of the earlier one.</source>
        <translation>{register_no} की रिपोर्ट {register_no2} के बाद आई। बाद वाली रिपोर्ट को पहले वाली की पुनरावृत्ति के रूप में दर्ज करें।</translation>
    </message>
    <message>
        <source>{source} cannot be read as a Talash backup ({exc}). Nothing was changed.</source>
        <translation>{source} Talash बैकअप के रूप में पढ़ा नहीं जा सकता ({exc})। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>{source} cannot be used:
{problems}</source>
        <translation>{source} का उपयोग नहीं हो सकता:
{problems}</translation>
    </message>
    <message>
        <source>{source} cannot be used: its objects and lists are nested more than {MAX_JSON_DEPTH} levels deep.</source>
        <translation>{source} का उपयोग नहीं हो सकता: उसके ऑब्जेक्ट और सूचियाँ {MAX_JSON_DEPTH} से अधिक स्तर गहरी हैं।</translation>
    </message>
    <message>
        <source>{source} cannot be used: {exc}.</source>
        <translation>{source} का उपयोग नहीं हो सकता: {exc}।</translation>
    </message>
    <message>
        <source>{source} does not hold {wanted} (it holds &apos;{raw}&apos;).</source>
        <translation>{source} में {wanted} नहीं है (उसमें &apos;{raw}&apos; है)।</translation>
    </message>
    <message>
        <source>{source} is damaged: a public key has 32 bytes.</source>
        <translation>{source} क्षतिग्रस्त है: सार्वजनिक कुंजी 32 बाइट की होती है।</translation>
    </message>
    <message>
        <source>{source} is damaged: its key id does not match its key.</source>
        <translation>{source} क्षतिग्रस्त है: उसकी कुंजी आईडी कुंजी से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>{source} is damaged: {exc}.</source>
        <translation>{source} क्षतिग्रस्त है: {exc}।</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text; save it as UTF-8 JSON.</source>
        <translation>{source} UTF-8 पाठ नहीं है; उसे UTF-8 JSON के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>{source} is not a Talash public-key file (not JSON).</source>
        <translation>{source} Talash सार्वजनिक-कुंजी फ़ाइल नहीं है (JSON नहीं)।</translation>
    </message>
    <message>
        <source>{source} is not a Talash public-key file.</source>
        <translation>{source} Talash सार्वजनिक-कुंजी फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>{source} is not a register mapping (format &apos;{MAPPING_FORMAT}&apos;).</source>
        <translation>{source} रजिस्टर मैपिंग नहीं है (प्रारूप &apos;{MAPPING_FORMAT}&apos;)।</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {msg} at line {lineno}, column {colno}.</source>
        <translation>{source} मान्य JSON नहीं है: पंक्ति {lineno}, स्तंभ {colno} पर {msg}।</translation>
    </message>
    <message>
        <source>{source} is too large to be a Talash public-key file.</source>
        <translation>Talash सार्वजनिक-कुंजी फ़ाइल होने के लिए {source} बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>{source} was not restored; nothing was changed. Restoring it would change these accounts:
{changes}
The station head restores it after reading them (talash restore FILE --accept-account-changes).</source>
        <translation>{source} पुनर्स्थापित नहीं किया गया; कुछ नहीं बदला। इसे पुनर्स्थापित करने से ये खाते बदलेंगे:
{changes}
थाना प्रभारी इन्हें पढ़कर इसे पुनर्स्थापित करते हैं (talash restore FILE --accept-account-changes)।</translation>
    </message>
    <message>
        <source>{source} was not restored; nothing was changed. The file failed these checks:
{problems}</source>
        <translation>{source} पुनर्स्थापित नहीं किया गया; कुछ नहीं बदला। फ़ाइल इन जाँचों में विफल रही:
{problems}</translation>
    </message>
    <message>
        <source>{span}. A week belongs whole to the month that holds its Thursday.</source>
        <translation>{span}। सप्ताह का गुरुवार जिस महीने में पड़ता है, पूरा सप्ताह उसी महीने में गिना जाता है।</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} से {end}</translation>
    </message>
    <message>
        <source>{state} {due}</source>
        <translation>{state} {due}</translation>
    </message>
    <message>
        <source>{station}: no return for week {weeks}; its figures cover only the weeks received.</source>
        <translation>{station}: सप्ताह {weeks} की विवरणी नहीं; इसके आँकड़े केवल मिले सप्ताहों के हैं।</translation>
    </message>
    <message>
        <source>{station}: no return received</source>
        <translation>{station}: विवरण प्राप्त नहीं हुआ</translation>
    </message>
    <message>
        <source>{strerror}.</source>
        <translation>{strerror}।</translation>
    </message>
    <message>
        <source>{target} is a folder; name a file for the backup.</source>
        <translation>{target} फ़ोल्डर है; बैकअप के लिए फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>{text} is on a network file system ({fs}). An SQLite register must be on this computer&apos;s own disk; for several desks use a PostgreSQL server (see the README).</source>
        <translation>{text} नेटवर्क फ़ाइल सिस्टम ({fs}) पर है। SQLite रजिस्टर इसी कंप्यूटर की डिस्क पर होना चाहिए; कई डेस्कों के लिए PostgreSQL सर्वर का उपयोग करें (README देखें)।</translation>
    </message>
    <message>
        <source>{text} is on a network share. An SQLite register must be on this computer&apos;s own disk; for several desks use a PostgreSQL server (see the README).</source>
        <translation>{text} नेटवर्क शेयर पर है। SQLite रजिस्टर इसी कंप्यूटर की डिस्क पर होना चाहिए; कई डेस्कों के लिए PostgreSQL सर्वर का उपयोग करें (README देखें)।</translation>
    </message>
    <message>
        <source>{time} on {day} {month} {year}</source>
        <translation>{day} {month} {year} को {time}</translation>
    </message>
    <message>
        <source>{username} is a new account waiting for approval; refuse the request instead.</source>
        <translation>{username} स्वीकृति के लिए लंबित नया खाता है; इसके बजाय अनुरोध अस्वीकार करें।</translation>
    </message>
    <message>
        <source>{value} is a help-identify notice; print it as one.</source>
        <translation>{value} पहचान में मदद की सूचना है; उसे उसी रूप में छापें।</translation>
    </message>
    <message>
        <source>{value} is a missing-person notice.</source>
        <translation>{value} लापता व्यक्ति की सूचना है।</translation>
    </message>
    <message>
        <source>{value} {section} is listed twice</source>
        <translation>{value} {section} दो बार लिखी है</translation>
    </message>
    <message>
        <source>{value} {section} is marked unverified in the section table</source>
        <translation>धारा तालिका में {value} {section} असत्यापित के रूप में चिह्नित है</translation>
    </message>
    <message>
        <source>{value} {section} is not in the section table</source>
        <translation>{value} {section} धारा तालिका में नहीं है</translation>
    </message>
    <message>
        <source>{what} is larger than {size}, more than such a file can be; not read.</source>
        <translation>{what} {size} से बड़ा है, ऐसी फ़ाइल इतनी बड़ी नहीं हो सकती; पढ़ा नहीं गया।</translation>
    </message>
    <message>
        <source>{what} must be {span}, not {value}.</source>
        <translation>{what} {span} होना चाहिए, {value} नहीं।</translation>
    </message>
    <message>
        <source>{year} has no ISO week {number}</source>
        <translation>{year} में ISO सप्ताह {number} नहीं है</translation>
    </message>
    <message>
        <source>…of whom no FIR by the end of the period (target 0)</source>
        <translation>…इनमें से अवधि के अंत तक बिना एफ़आईआर (लक्ष्य 0)</translation>
    </message>
    <message>
        <source>…of whom no FIR by the end of the week they were reported in</source>
        <translation>…इनमें से दर्ज होने वाले सप्ताह के अंत तक बिना एफ़आईआर</translation>
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
