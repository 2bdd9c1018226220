<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr_IN" sourcelanguage="en">
<context>
    <name>ActionLogSection</name>
    <message>
        <source>When</source>
        <translation>केव्हा</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>काय केले</translation>
    </message>
    <message>
        <source>By</source>
        <translation>कोणी</translation>
    </message>
    <message>
        <source>Portal / reference</source>
        <translation>पोर्टल / संदर्भ</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>पोलीस ठाणी</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>तपशील</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>नवीन नोंद</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>केल्याची वेळ</translation>
    </message>
    <message>
        <source>Left empty: now.</source>
        <translation>रिकामे ठेवल्यास: आताची वेळ.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>पोर्टल</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>संदर्भ क्रमांक</translation>
    </message>
    <message>
        <source>Stations / offices informed</source>
        <translation>कळवलेली पोलीस ठाणी / कार्यालये</translation>
    </message>
    <message>
        <source>Add to the action log</source>
        <translation>कारवाईच्या नोंदवहीत जोडा</translation>
    </message>
    <message>
        <source>write it as DD-MM-YYYY HH:MM, or leave it empty for now</source>
        <translation>DD-MM-YYYY HH:MM असे लिहा, किंवा आताच्या वेळेसाठी रिकामे ठेवा</translation>
    </message>
    <message>
        <source>The action log opens once the report is saved.</source>
        <translation>तक्रार जतन झाल्यावर कारवाईची नोंदवही सुरू होते.</translation>
    </message>
    <message>
        <source>The case is {status}: its log is closed.</source>
        <translation>प्रकरणाची स्थिती: {status}; त्याची नोंदवही बंद आहे.</translation>
    </message>
    <message>
        <source>Only the case&apos;s investigating officer or the station head adds to the log.</source>
        <translation>या नोंदवहीत फक्त प्रकरणाचे तपास अधिकारी किंवा ठाणेप्रमुख नोंद करतात.</translation>
    </message>
    <message>
        <source>Entries are added, never changed or removed.</source>
        <translation>नोंदी फक्त जोडल्या जातात; कधीही बदलल्या किंवा काढल्या जात नाहीत.</translation>
    </message>
</context>
<context>
    <name>AddDriveDialog</name>
    <message>
        <source>Add a drive</source>
        <translation>मोहीम जोडा</translation>
    </message>
    <message>
        <source>e.g. Operation Muskaan XIII</source>
        <translation>उदा. ऑपरेशन मुस्कान XIII</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>From</source>
        <translation>पासून</translation>
    </message>
    <message>
        <source>To (both days included)</source>
        <translation>पर्यंत (दोन्ही दिवस धरून)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>शेरा</translation>
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
        <translation>माझा पासवर्ड बदला…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>वापरकर्ते</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>विनंत्या</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बॅकअप</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>लेखापरीक्षण</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>कूटबद्धता</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>जतन कालावधी</translation>
    </message>
    <message>
        <source>Your role has no administration screens. Here you can change your own password.</source>
        <translation>तुमच्या पदासाठी प्रशासनाचे पडदे नाहीत. इथे तुम्ही स्वतःचा पासवर्ड बदलू शकता.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>पासवर्ड बदलला</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>तुमचा पासवर्ड बदलला आहे.</translation>
    </message>
</context>
<context>
    <name>AgeRangeEdit</name>
    <message>
        <source>e.g. 14 or 12-14</source>
        <translation>उदा. 14 किंवा 12-14</translation>
    </message>
</context>
<context>
    <name>AnnexModel</name>
    <message>
        <source>Case</source>
        <translation>प्रकरण</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>तक्रारीची तारीख</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>वयोगट</translation>
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
        <translation>नाव</translation>
    </message>
</context>
<context>
    <name>AssignIoDialog</name>
    <message>
        <source>Assign the investigating officer</source>
        <translation>तपास अधिकारी नेमा</translation>
    </message>
    <message>
        <source>{what}: who investigates it?</source>
        <translation>{what}: तपास कोण करणार?</translation>
    </message>
    <message>
        <source>Investigating &amp;officer</source>
        <translation>तपास अधिकारी (&amp;O)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>नेमा</translation>
    </message>
    <message>
        <source>There is no active investigating officer to choose.</source>
        <translation>निवडण्यासाठी कोणताही सक्रिय तपास अधिकारी नाही.</translation>
    </message>
    <message>
        <source>Choose the investigating officer.</source>
        <translation>तपास अधिकारी निवडा.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>वेळ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>वापरकर्ता</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कृती</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>नोंद</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>तपशील</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>The audit chain is intact: {count} events checked. Newest event #{event}, hash {hash}. All {records} cases, found persons and user accounts are as their last audit events recorded them.</source>
        <translation>लेखापरीक्षण साखळी अखंड आहे: {count} नोंदी तपासल्या. सर्वात नवीन नोंद #{event}, हॅश {hash}. सर्व {records} प्रकरणे, सापडलेल्या व्यक्ती आणि वापरकर्ता खाती त्यांच्या शेवटच्या लेखापरीक्षण नोंदींप्रमाणेच आहेत.</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at event #{event}: {problem}. The {count} events before it hold.</source>
        <translation>लेखापरीक्षण साखळी नोंद #{event} वर तुटली आहे: {problem}. तिच्या आधीच्या {count} नोंदी ठीक आहेत.</translation>
    </message>
    <message>
        <source>• … and {count} more</source>
        <translation>• … आणि आणखी {count}</translation>
    </message>
    <message>
        <source>Also, these records do not fit their audit trail:
{records}</source>
        <translation>शिवाय, या नोंदी त्यांच्या लेखापरीक्षण नोंदींशी जुळत नाहीत:
{records}</translation>
    </message>
    <message>
        <source>The audit chain is intact ({count} events), but these records do not fit their audit trail:
{records}</source>
        <translation>लेखापरीक्षण साखळी अखंड आहे ({count} नोंदी), पण या नोंदी त्यांच्या लेखापरीक्षण नोंदींशी जुळत नाहीत:
{records}</translation>
    </message>
    <message>
        <source>Someone changed or removed records outside Talash: keep this register as it is (make a backup copy now) and tell the district office.</source>
        <translation>कोणीतरी तलाशच्या बाहेरून नोंदी बदलल्या किंवा काढल्या: हे रजिस्टर जसे आहे तसे ठेवा (आताच बॅकअप प्रत करा) आणि जिल्हा कार्यालयाला कळवा.</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>हॅश साखळी</translation>
    </message>
    <message>
        <source>Each audit event carries the hash of the one before it, so an event changed or removed outside Talash breaks the chain from there on; each case, found person and user account must be as its last event recorded it.</source>
        <translation>प्रत्येक लेखापरीक्षण नोंदीत तिच्या आधीच्या नोंदीचा हॅश असतो, त्यामुळे तलाशच्या बाहेरून बदललेली किंवा काढलेली नोंद तिथून पुढे साखळी तोडते; प्रत्येक प्रकरण, सापडलेली व्यक्ती आणि वापरकर्ता खाते त्याच्या शेवटच्या नोंदीप्रमाणेच असले पाहिजे.</translation>
    </message>
    <message>
        <source>Check the audit chain</source>
        <translation>लेखापरीक्षण साखळी तपासा</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>लेखापरीक्षण नोंदी</translation>
    </message>
    <message>
        <source>username</source>
        <translation>वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>e.g. logon, case., user.</source>
        <translation>उदा. logon, case., user.</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दाखवा</translation>
    </message>
    <message>
        <source>User</source>
        <translation>वापरकर्ता</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कृती</translation>
    </message>
    <message>
        <source>From</source>
        <translation>पासून</translation>
    </message>
    <message>
        <source>To</source>
        <translation>पर्यंत</translation>
    </message>
    <message>
        <source>Show {count} more</source>
        <translation>आणखी {count} दाखवा</translation>
    </message>
    <message>
        <source>The whole station&apos;s trail, newest first. Reading it is recorded too.</source>
        <translation>संपूर्ण ठाण्याच्या नोंदी, सर्वात नवीन आधी. त्या वाचल्याचीही नोंद होते.</translation>
    </message>
    <message>
        <source>Your own actions (and, for an investigating officer, the events on your cases), newest first.</source>
        <translation>तुमच्या स्वतःच्या कृती (आणि तपास अधिकाऱ्यासाठी, त्यांच्या प्रकरणांवरील नोंदी), सर्वात नवीन आधी.</translation>
    </message>
    <message>
        <source>Checking every event…</source>
        <translation>प्रत्येक नोंद तपासत आहे…</translation>
    </message>
    <message>
        <source>The check stopped with an internal error (see the log).</source>
        <translation>अंतर्गत त्रुटीमुळे तपासणी थांबली (लॉग पहा).</translation>
    </message>
    <message>
        <source>The newest {count} events; narrow the filter to see older ones.</source>
        <translation>सर्वात नवीन {count} नोंदी; जुन्या पाहण्यासाठी फिल्टर अरुंद करा.</translation>
    </message>
    <message>
        <source>{count} events (newest first; more below)</source>
        <translation>{count} नोंदी (सर्वात नवीन आधी; आणखी खाली)</translation>
    </message>
    <message>
        <source>{count} events.</source>
        <translation>{count} नोंदी.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Today&apos;s automatic backup is written: {file}</source>
        <translation>आजचा स्वयंचलित बॅकअप लिहिला: {file}</translation>
    </message>
    <message>
        <source>an internal error (details in the log file)</source>
        <translation>अंतर्गत त्रुटी (तपशील लॉग फाइलमध्ये)</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason} It is tried again within the hour; a station head or administrator can back up now (Administration → Backups).</source>
        <translation>स्वयंचलित बॅकअप अयशस्वी: {reason} तासाभरात पुन्हा प्रयत्न होईल; ठाणेप्रमुख किंवा प्रशासक आता बॅकअप घेऊ शकतात (प्रशासन → बॅकअप).</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>केव्हा केला</translation>
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
        <translation>स्वयंचलित (दररोज)</translation>
    </message>
    <message>
        <source>register replaced by a restore</source>
        <translation>पुनर्स्थापनेने बदललेले रजिस्टर</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>अपग्रेडपूर्वी</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>हाताने केलेला</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>होय</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नाही</translation>
    </message>
    <message>
        <source>{file} is a sound Talash register of this station (schema {schema}, {events} audit events, audit chain intact, its manifest holds).</source>
        <translation>{file} हे या ठाण्याचे सुस्थितीतील तलाश रजिस्टर आहे (स्कीमा {schema}, {events} लेखापरीक्षण नोंदी, लेखापरीक्षण साखळी अखंड, त्याची यादी (मॅनिफेस्ट) जुळते).</translation>
    </message>
    <message>
        <source>Taken {when} UTC by {user}.</source>
        <translation>{when} UTC रोजी {user} यांनी घेतला.</translation>
    </message>
    <message>
        <source>It can be restored.</source>
        <translation>ते पुनर्स्थापित करता येईल.</translation>
    </message>
    <message>
        <source>{file} must not be restored:
{problems}</source>
        <translation>{file} पुनर्स्थापित करू नये:
{problems}</translation>
    </message>
    <message>
        <source>Restoring it would change these accounts (the station head accepts them):
{changes}</source>
        <translation>ते पुनर्स्थापित केल्यास ही खाती बदलतील (ठाणेप्रमुख ते स्वीकारतात):
{changes}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>आता बॅकअप घ्या</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>येथे बॅकअप घ्या…</translation>
    </message>
    <message>
        <source>Check the selected</source>
        <translation>निवडलेला तपासा</translation>
    </message>
    <message>
        <source>Restore the selected…</source>
        <translation>निवडलेला पुनर्स्थापित करा…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>फाइलमधून पुनर्स्थापित करा…</translation>
    </message>
    <message>
        <source>This register is on a PostgreSQL server: it is backed up on the server with pg_dump (daily, kept 14 days) and restored with pg_restore — see docs/security.md, &apos;Backups and restore&apos;.</source>
        <translation>हे रजिस्टर PostgreSQL सर्व्हरवर आहे: त्याचा बॅकअप सर्व्हरवर pg_dump ने घेतला जातो (दररोज, 14 दिवस ठेवला जातो) आणि pg_restore ने पुनर्स्थापित होतो — docs/security.md, &apos;Backups and restore&apos; पहा.</translation>
    </message>
    <message>
        <source>Backups folder: {folder}
Automatic: one copy a day while the window is open (and by &apos;talash backup --auto&apos; from the scheduler), the newest {kept} kept. Copies of an encrypted register are encrypted, with the key file beside them. Keep a copy off this computer too (Back up to… a USB drive), and test a restore monthly (Check the selected).</source>
        <translation>बॅकअप फोल्डर: {folder}
स्वयंचलित: विंडो उघडी असताना दिवसाला एक प्रत (आणि शेड्यूलरमधून &apos;talash backup --auto&apos; ने), सर्वात नवीन {kept} ठेवल्या जातात. कूटबद्ध रजिस्टरच्या प्रती कूटबद्धच असतात, की फाइल शेजारी ठेवून. एक प्रत या संगणकाबाहेरही ठेवा (येथे बॅकअप घ्या… USB ड्राइव्ह), आणि दर महिन्याला पुनर्स्थापना तपासून पहा (निवडलेला तपासा).</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>झाले नाही</translation>
    </message>
    <message>
        <source>Making a copy of the register…</source>
        <translation>रजिस्टरची प्रत करत आहे…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>येथे बॅकअप घ्या</translation>
    </message>
    <message>
        <source>Backup written: {file} ({size}, encrypted).</source>
        <translation>बॅकअप लिहिला: {file} ({size}, कूटबद्ध).</translation>
    </message>
    <message>
        <source>Backup written: {file} ({size}, not encrypted).</source>
        <translation>बॅकअप लिहिला: {file} ({size}, कूटबद्ध नाही).</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} तपासत आहे…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>बॅकअप पुनर्स्थापित करा</translation>
    </message>
    <message>
        <source>Checking {file}… (this can take a minute)</source>
        <translation>{file} तपासत आहे… (याला एखादे मिनिट लागू शकते)</translation>
    </message>
    <message>
        <source>{file} would change accounts; only the station head restores it.</source>
        <translation>{file} ने खाती बदलतील; फक्त ठाणेप्रमुखच ते पुनर्स्थापित करतात.</translation>
    </message>
    <message>
        <source>Replace the register with the backup {file}?

The present register is kept in the backups folder. Work saved after the backup was made must be entered again. Everyone at this desk is logged off and logs on to the restored register; close Talash on other desks first.</source>
        <translation>रजिस्टरच्या जागी बॅकअप {file} ठेवायचा?

सध्याचे रजिस्टर बॅकअप फोल्डरमध्ये ठेवले जाते. बॅकअप घेतल्यानंतर जतन केलेले काम पुन्हा भरावे लागेल. या डेस्कवरील सर्वजण लॉग-ऑफ होतात आणि पुनर्स्थापित रजिस्टरवर पुन्हा लॉग ऑन करतात; आधी इतर डेस्कवर तलाश बंद करा.</translation>
    </message>
    <message>
        <source>Restoring {file}… (this can take a minute)</source>
        <translation>{file} पुनर्स्थापित करत आहे… (याला एखादे मिनिट लागू शकते)</translation>
    </message>
    <message>
        <source>The register it replaced is kept as {file}.</source>
        <translation>बदललेले रजिस्टर {file} म्हणून ठेवले आहे.</translation>
    </message>
    <message>
        <source>Restored from {file}.</source>
        <translation>{file} मधून पुनर्स्थापित केले.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>बॅकअप पुनर्स्थापित केला</translation>
    </message>
    <message>
        <source>The register is restored from {file}.{kept}

Talash now opens the restored register; log on again.</source>
        <translation>रजिस्टर {file} मधून पुनर्स्थापित केले.{kept}

तलाश आता पुनर्स्थापित रजिस्टर उघडते; पुन्हा लॉग ऑन करा.</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>row {row}, {column}: {problem}</source>
        <translation>ओळ {row}, {column}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>ओळ {row}: {problem}</translation>
    </message>
</context>
<context>
    <name>BreakGlass</name>
    <message>
        <source>the end of the approval</source>
        <translation>मंजुरीचा शेवट</translation>
    </message>
    <message>
        <source>BREAK-GLASS until {end}</source>
        <translation>ब्रेक-ग्लास {end} पर्यंत</translation>
    </message>
    <message>
        <source>{headline}: case records read-only, every view audited</source>
        <translation>{headline}: प्रकरणांच्या नोंदी फक्त वाचण्यासाठी, प्रत्येक पाहणे नोंदवले जाते</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source> hours</source>
        <translation> तास</translation>
    </message>
    <message>
        <source>Ask for case access (break-glass)</source>
        <translation>प्रकरणांच्या नोंदी पाहण्याची परवानगी मागा (ब्रेक-ग्लास)</translation>
    </message>
    <message>
        <source>An administrator reads no case records. In an emergency (a court asks for a record, the station head&apos;s account is locked) ask here: the station head approves, and you can then read — never change — case records for the hours approved. The request, the approval and every case you open are recorded in the audit trail.</source>
        <translation>प्रशासक प्रकरणांच्या नोंदी वाचत नाहीत. आणीबाणीत (न्यायालय नोंद मागते, ठाणेप्रमुखांचे खाते बंद झाले आहे) इथे मागा: ठाणेप्रमुख मंजूर करतात, आणि मग तुम्ही मंजूर तासांसाठी प्रकरणांच्या नोंदी वाचू शकता — कधीही बदलू शकत नाही. विनंती, मंजुरी आणि तुम्ही उघडलेले प्रत्येक प्रकरण लेखापरीक्षण नोंदींमध्ये नोंदवले जाते.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>कालावधी</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Child</source>
        <translation>बालक</translation>
    </message>
    <message>
        <source>Missing 7+ years: review</source>
        <translation>7+ वर्षे हरवलेले: आढावा घ्या</translation>
    </message>
    <message>
        <source>Still missing seven years after last seen: keep the case open and review it. Only a court can declare a person presumed dead.</source>
        <translation>शेवटचे दिसल्यापासून सात वर्षांनंतरही हरवलेले: प्रकरण चालू ठेवा व त्याचा आढावा घ्या. व्यक्ती मृत असल्याचे गृहीत धरण्याची घोषणा फक्त न्यायालय करू शकते.</translation>
    </message>
    <message>
        <source>Save  ({key})</source>
        <translation>जतन करा  ({key})</translation>
    </message>
    <message>
        <source>Go to {section} ({key} from the section above)</source>
        <translation>{section} वर जा (वरच्या भागातून {key})</translation>
    </message>
    <message>
        <source>Go to {section} ({key})</source>
        <translation>{section} वर जा ({key})</translation>
    </message>
    <message>
        <source>Repeat episode</source>
        <translation>पुन्हा हरवल्याची घटना</translation>
    </message>
    <message>
        <source>Mark {number} as a repeat episode of {earlier}, the same person&apos;s earlier case? The times missing before are then counted from the register.</source>
        <translation>{number} ला {earlier} (त्याच व्यक्तीचे आधीचे प्रकरण) ची पुन्हा हरवल्याची घटना म्हणून खूण करायची? त्यानंतर आधी किती वेळा हरवले ते रजिस्टरमधून मोजले जाईल.</translation>
    </message>
    <message>
        <source>Marked as a repeat episode of &lt;b&gt;{earlier}&lt;/b&gt;: missing {count} time(s) before.</source>
        <translation>&lt;b&gt;{earlier}&lt;/b&gt; ची पुन्हा हरवल्याची घटना म्हणून खूण केली: आधी {count} वेळा हरवले.</translation>
    </message>
    <message>
        <source>New report: {name}</source>
        <translation>नवीन तक्रार: {name}</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>नवीन तक्रार</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{number}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; म्हणून जतन केले.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>जतन केले.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; {reason} Your form is kept as it is; save again to see what changed.</source>
        <translation>&lt;b&gt;जतन झाले नाही.&lt;/b&gt; {reason} तुमचा फॉर्म आहे तसा ठेवला आहे; काय बदलले ते पाहण्यासाठी पुन्हा जतन करा.</translation>
    </message>
    <message>
        <source>Your changes are now on top of what {user} saved. Nothing is saved yet: check and press Save.</source>
        <translation>{user} यांनी जतन केलेल्या नोंदीवर आता तुमचे बदल लागू आहेत. अद्याप काहीही जतन झालेले नाही: तपासा व &apos;जतन करा&apos; दाबा.</translation>
    </message>
    <message>
        <source>Your changes are now on top of what another desk saved. Nothing is saved yet: check and press Save.</source>
        <translation>दुसऱ्या डेस्कने जतन केलेल्या नोंदीवर आता तुमचे बदल लागू आहेत. अद्याप काहीही जतन झालेले नाही: तपासा व &apos;जतन करा&apos; दाबा.</translation>
    </message>
    <message>
        <source>also changed by the other desk; your value is kept</source>
        <translation>दुसऱ्या डेस्कनेही बदलले; तुमचे मूल्य ठेवले आहे</translation>
    </message>
    <message>
        <source>&lt;br&gt;You both changed: {fields}. Your value is kept.</source>
        <translation>&lt;br&gt;तुम्ही दोघांनी बदलले: {fields}. तुमचे मूल्य ठेवले आहे.</translation>
    </message>
    <message>
        <source>The stored case changed in fields you are editing. Nothing of yours is saved yet: check and press Save.</source>
        <translation>तुम्ही बदलत असलेल्या रकान्यांमध्ये जतन केलेले प्रकरण बदलले आहे. तुमचे अद्याप काहीही जतन झालेले नाही: तपासा व &apos;जतन करा&apos; दाबा.</translation>
    </message>
    <message>
        <source>The case is {status}; it can be read, not changed.</source>
        <translation>प्रकरणाची स्थिती: {status}; ते वाचता येते, बदलता येत नाही.</translation>
    </message>
    <message>
        <source>You can read this case. {reason}</source>
        <translation>तुम्ही हे प्रकरण वाचू शकता. {reason}</translation>
    </message>
    <message>
        <source>You can read this case.</source>
        <translation>तुम्ही हे प्रकरण वाचू शकता.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>फोटो काढून टाका</translation>
    </message>
    <message>
        <source>Remove this stored photo from the case?</source>
        <translation>जतन केलेला हा फोटो प्रकरणातून काढून टाकायचा?</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(अद्याप नाव नाही)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>पासवर्ड बदला</translation>
    </message>
    <message>
        <source>Your password was set by someone else. Choose your own now: at least 12 characters, not your username, not a common password.</source>
        <translation>तुमचा पासवर्ड दुसऱ्या कोणी ठेवला आहे. आता तुमचा स्वतःचा निवडा: किमान 12 अक्षरे, तुमचे वापरकर्ता नाव नव्हे, सर्वसाधारण पासवर्ड नव्हे.</translation>
    </message>
    <message>
        <source>Present password</source>
        <translation>सध्याचा पासवर्ड</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नवीन पासवर्ड</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>नवीन पासवर्ड पुन्हा</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>दोन्ही नवीन पासवर्ड सारखे नाहीत.</translation>
    </message>
</context>
<context>
    <name>CircumstancesSection</name>
    <message>
        <source>Last seen at</source>
        <translation>शेवटचे दिसल्याची वेळ</translation>
    </message>
    <message>
        <source>Or as late as</source>
        <translation>किंवा उशिरात उशिरा</translation>
    </message>
    <message>
        <source>When the time last seen is only known as a window.</source>
        <translation>शेवटचे दिसल्याची वेळ फक्त अंदाजे कालावधीत माहीत असल्यास.</translation>
    </message>
    <message>
        <source>Place last seen</source>
        <translation>शेवटचे दिसलेले ठिकाण</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>ठिकाणाचा प्रकार</translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation>खूण (लँडमार्क)</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>बीट</translation>
    </message>
    <message>
        <source>Direction and distance from the station</source>
        <translation>पोलीस ठाण्यापासून दिशा व अंतर</translation>
    </message>
    <message>
        <source>Station area (if outside ours)</source>
        <translation>पोलीस ठाण्याची हद्द (आपल्या हद्दीबाहेर असल्यास)</translation>
    </message>
    <message>
        <source>Its district</source>
        <translation>त्याचा जिल्हा</translation>
    </message>
    <message>
        <source>Last seen with</source>
        <translation>शेवटचे कोणासोबत दिसले</translation>
    </message>
    <message>
        <source>Means of travel</source>
        <translation>प्रवासाचे साधन</translation>
    </message>
    <message>
        <source>Possible destination</source>
        <translation>जाण्याचे संभाव्य ठिकाण</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>अक्षांश</translation>
    </message>
    <message>
        <source>e.g. 19.0402</source>
        <translation>उदा. 19.0402</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>रेखांश</translation>
    </message>
    <message>
        <source>e.g. 72.8553</source>
        <translation>उदा. 72.8553</translation>
    </message>
    <message>
        <source>Times missing before, not in this register</source>
        <translation>यापूर्वी किती वेळा हरवले (या रजिस्टरमध्ये नसलेले)</translation>
    </message>
    <message>
        <source>Earlier episodes: when, where found</source>
        <translation>आधीच्या घटना: केव्हा, कुठे सापडले</translation>
    </message>
    <message>
        <source>What happened (in the informant&apos;s words)</source>
        <translation>काय घडले (खबर देणाऱ्याच्या शब्दांत)</translation>
    </message>
    <message>
        <source>Places frequented</source>
        <translation>नेहमी जाण्याची ठिकाणे</translation>
    </message>
    <message>
        <source>Friends and associates</source>
        <translation>मित्र व ओळखीचे लोक</translation>
    </message>
    <message>
        <source>Relatives outside the city</source>
        <translation>शहराबाहेरील नातेवाईक</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>अलीकडच्या घटना</translation>
    </message>
    <message>
        <source>About those events</source>
        <translation>त्या घटनांबद्दल</translation>
    </message>
    <message>
        <source>Preparations made (money, clothes, documents taken)</source>
        <translation>केलेली तयारी (पैसे, कपडे, कागदपत्रे सोबत नेली)</translation>
    </message>
    <message>
        <source>A ransom or threat call was received</source>
        <translation>खंडणीचा किंवा धमकीचा फोन आला</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>काय बोलणे झाले</translation>
    </message>
    <message>
        <source>Suspected persons</source>
        <translation>संशयित व्यक्ती</translation>
    </message>
    <message>
        <source>+ Add a suspect</source>
        <translation>+ संशयित जोडा</translation>
    </message>
</context>
<context>
    <name>ClothingSection</name>
    <message>
        <source>When last seen, wearing or carrying</source>
        <translation>शेवटचे दिसले तेव्हा अंगावरील कपडे किंवा सोबतच्या वस्तू</translation>
    </message>
    <message>
        <source>+ Add an item</source>
        <translation>+ वस्तू जोडा</translation>
    </message>
    <message>
        <source>Garments by body area, school uniform, jewellery, bag, phone, cash, documents.</source>
        <translation>शरीराच्या भागानुसार कपडे, शाळेचा गणवेश, दागिने, पिशवी, फोन, रोख रक्कम, कागदपत्रे.</translation>
    </message>
</context>
<context>
    <name>ComplainantSection</name>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Relation to the missing person</source>
        <translation>हरवलेल्या व्यक्तीशी नाते</translation>
    </message>
    <message>
        <source>Father&apos;s / husband&apos;s name</source>
        <translation>वडिलांचे / पतीचे नाव</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्मतारीख</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>वय</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयत्व</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Saw it happen, or heard of it</source>
        <translation>घटना स्वतः पाहिली की ऐकली</translation>
    </message>
    <message>
        <source>Saw it</source>
        <translation>स्वतः पाहिली</translation>
    </message>
    <message>
        <source>Heard of it</source>
        <translation>ऐकली</translation>
    </message>
    <message>
        <source>Statement read over in</source>
        <translation>जबाब कोणत्या भाषेत वाचून दाखवला</translation>
    </message>
    <message>
        <source>Agrees to publishing the photo</source>
        <translation>फोटो प्रसिद्ध करण्यास संमती आहे</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>स्वाक्षरीचा प्रकार</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>+ Add a phone</source>
        <translation>+ फोन जोडा</translation>
    </message>
    <message>
        <source>+ Add an address</source>
        <translation>+ पत्ता जोडा</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पत्ते</translation>
    </message>
    <message>
        <source>Same address as the missing person</source>
        <translation>हरवलेल्या व्यक्तीचाच पत्ता</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>ओळखपत्रे</translation>
    </message>
    <message>
        <source>+ Add a document</source>
        <translation>+ ओळखपत्र जोडा</translation>
    </message>
    <message>
        <source>The missing person has no address yet.</source>
        <translation>हरवलेल्या व्यक्तीचा पत्ता अद्याप भरलेला नाही.</translation>
    </message>
</context>
<context>
    <name>DamagedRegisterDialog</name>
    <message>
        <source>The register failed its start-up check</source>
        <translation>रजिस्टर सुरुवातीच्या तपासणीत अयशस्वी झाले</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>रजिस्टर खराब झाले आहे</translation>
    </message>
    <message>
        <source>Talash checks the register every time it starts. The check of
{register}
found damage in the file (a disk fault, or the computer lost power while writing).</source>
        <translation>तलाश प्रत्येक वेळी सुरू होताना रजिस्टर तपासते.
{register}
च्या तपासणीत फाइलमध्ये बिघाड आढळला (डिस्कमधील दोष, किंवा लिहिताना संगणकाची वीज गेली).</translation>
    </message>
    <message>
        <source>What SQLite reported: {problem}</source>
        <translation>SQLite ने कळवलेले: {problem}</translation>
    </message>
    <message>
        <source>Restore the latest backup: it is checked before anything is replaced, and the damaged register is kept aside in the backups folder. Work saved after that backup was made must be entered again.</source>
        <translation>सर्वात नवीन बॅकअप पुनर्स्थापित करा: काहीही बदलण्यापूर्वी तो तपासला जातो, आणि खराब झालेले रजिस्टर बॅकअप फोल्डरमध्ये बाजूला ठेवले जाते. तो बॅकअप घेतल्यानंतर जतन केलेले काम पुन्हा भरावे लागेल.</translation>
    </message>
    <message>
        <source>Or continue read-only: cases can be read, nothing can be saved.</source>
        <translation>किंवा फक्त वाचण्यासाठी पुढे चला: प्रकरणे वाचता येतात, काहीही जतन करता येत नाही.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>पुनर्स्थापित करायचा बॅकअप</translation>
    </message>
    <message>
        <source>Log on as a station head or administrator as the accounts stood in that backup:</source>
        <translation>त्या बॅकअपमधील खात्यांप्रमाणे ठाणेप्रमुख किंवा प्रशासक म्हणून लॉग ऑन करा:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>हा बॅकअप पुनर्स्थापित करा</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>दुसरा बॅकअप निवडा…</translation>
    </message>
    <message>
        <source>Continue read-only</source>
        <translation>फक्त वाचण्यासाठी पुढे चला</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहेर पडा</translation>
    </message>
    <message>
        <source>No backup was found in {folder}. Choose a backup file (from a USB drive or another folder).</source>
        <translation>{folder} मध्ये कोणताही बॅकअप सापडला नाही. बॅकअप फाइल निवडा (USB ड्राइव्ह किंवा दुसऱ्या फोल्डरमधून).</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>बॅकअप निवडा</translation>
    </message>
    <message>
        <source>Type the username and password of a station head or administrator.</source>
        <translation>ठाणेप्रमुख किंवा प्रशासकाचे वापरकर्ता नाव व पासवर्ड टाइप करा.</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it… (this can take a minute)</source>
        <translation>बॅकअप तपासून पुनर्स्थापित करत आहे… (याला एखादे मिनिट लागू शकते)</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>पुनर्स्थापित केले.</translation>
    </message>
    <message>
        <source>An internal error stopped the restore; nothing was replaced.</source>
        <translation>अंतर्गत त्रुटीमुळे पुनर्स्थापना थांबली; काहीही बदलले नाही.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>सारांश फलक</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>या आठवड्यात</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>या वर्षी</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>नोंद झालेली</translation>
    </message>
    <message>
        <source>traced</source>
        <translation>शोध लागलेली</translation>
    </message>
    <message>
        <source>reported and still missing</source>
        <translation>नोंद झालेली आणि अजून बेपत्ता</translation>
    </message>
    <message>
        <source>children found begging or working</source>
        <translation>भीक मागताना किंवा काम करताना सापडलेली बालके</translation>
    </message>
    <message>
        <source>missing now (all years)</source>
        <translation>सध्या बेपत्ता (सर्व वर्षे)</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>लिंगानुसार</translation>
    </message>
    <message>
        <source>By age band (children&apos;s bands, then adults)</source>
        <translation>वयोगटानुसार (आधी बालकांचे गट, मग प्रौढ)</translation>
    </message>
    <message>
        <source>Children begging or working</source>
        <translation>भीक मागणारी किंवा काम करणारी बालके</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड होत आहे…</translation>
    </message>
    <message>
        <source>as of {moment}</source>
        <translation>{moment} रोजीची स्थिती</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>नोंद झालेली</translation>
    </message>
    <message>
        <source>Traced</source>
        <translation>शोध लागलेली</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>अजून बेपत्ता</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>वय माहीत नाही</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>बालके</translation>
    </message>
    <message>
        <source>By sex, this week</source>
        <translation>लिंगानुसार, या आठवड्यात</translation>
    </message>
    <message>
        <source>By age band, this week</source>
        <translation>वयोगटानुसार, या आठवड्यात</translation>
    </message>
    <message>
        <source>Children begging or working, this week</source>
        <translation>भीक मागणारी किंवा काम करणारी बालके, या आठवड्यात</translation>
    </message>
    <message>
        <source>By sex, this year</source>
        <translation>लिंगानुसार, या वर्षी</translation>
    </message>
    <message>
        <source>By age band, this year</source>
        <translation>वयोगटानुसार, या वर्षी</translation>
    </message>
    <message>
        <source>Children begging or working, this year</source>
        <translation>भीक मागणारी किंवा काम करणारी बालके, या वर्षी</translation>
    </message>
</context>
<context>
    <name>DescriptionSection</name>
    <message>
        <source>Height (cm)</source>
        <translation>उंची (सेमी)</translation>
    </message>
    <message>
        <source>e.g. 142</source>
        <translation>उदा. 142</translation>
    </message>
    <message>
        <source>Height range (cm)</source>
        <translation>उंचीचा टप्पा (सेमी)</translation>
    </message>
    <message>
        <source>when estimated, e.g. 140-150</source>
        <translation>अंदाजे असल्यास, उदा. 140-150</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>बांधा</translation>
    </message>
    <message>
        <source>Complexion</source>
        <translation>वर्ण</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>चेहरा</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>डोळे</translation>
    </message>
    <message>
        <source>Wears spectacles</source>
        <translation>चष्मा लावते</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation>केसांचा रंग</translation>
    </message>
    <message>
        <source>Hair length</source>
        <translation>केसांची लांबी</translation>
    </message>
    <message>
        <source>Hair style</source>
        <translation>केशरचना</translation>
    </message>
    <message>
        <source>e.g. two plaits</source>
        <translation>उदा. दोन वेण्या</translation>
    </message>
    <message>
        <source>Beard / moustache</source>
        <translation>दाढी / मिशी</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>रक्तगट</translation>
    </message>
    <message>
        <source>A+, B-, AB+, O- …</source>
        <translation>A+, B-, AB+, O- …</translation>
    </message>
    <message>
        <source>Other features</source>
        <translation>इतर वैशिष्ट्ये</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>अपंगत्व</translation>
    </message>
    <message>
        <source>About the disability</source>
        <translation>अपंगत्वाबद्दल</translation>
    </message>
    <message>
        <source>Medical needs, medicines</source>
        <translation>वैद्यकीय गरजा, औषधे</translation>
    </message>
    <message>
        <source>Identification marks</source>
        <translation>ओळखीच्या खुणा</translation>
    </message>
    <message>
        <source>+ Add a mark</source>
        <translation>+ खूण जोडा</translation>
    </message>
    <message>
        <source>Other description</source>
        <translation>इतर वर्णन</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फोटो</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved work was kept</source>
        <translation>जतन न केलेले काम राखून ठेवले आहे</translation>
    </message>
    <message>
        <source>These forms were not saved when Talash last closed (perhaps the computer lost power). Tick the ones to open again (Space ticks), then check and save them. Unticked drafts are kept until you discard them.</source>
        <translation>तलाश मागच्या वेळी बंद झाले तेव्हा हे फॉर्म जतन झाले नव्हते (कदाचित संगणकाची वीज गेली). जे पुन्हा उघडायचे आहेत त्यांवर खूण करा (Space ने खूण होते), मग ते तपासून जतन करा. खूण न केलेले मसुदे तुम्ही काढून टाकेपर्यंत राखून ठेवले जातात.</translation>
    </message>
    <message>
        <source>{title}    (kept {when})</source>
        <translation>{title}    ({when} रोजी राखून ठेवले)</translation>
    </message>
    <message>
        <source>Restore the ticked drafts</source>
        <translation>खूण केलेले मसुदे पुन्हा उघडा</translation>
    </message>
    <message>
        <source>Delete the unticked drafts</source>
        <translation>खूण न केलेले मसुदे काढून टाका</translation>
    </message>
    <message>
        <source>Keep them all for later</source>
        <translation>सर्व नंतरसाठी राखून ठेवा</translation>
    </message>
</context>
<context>
    <name>DrivesTab</name>
    <message>
        <source>Drive</source>
        <translation>मोहीम</translation>
    </message>
    <message>
        <source>From</source>
        <translation>पासून</translation>
    </message>
    <message>
        <source>To</source>
        <translation>पर्यंत</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>दिवस</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>शेरा</translation>
    </message>
    <message>
        <source>Add a drive…</source>
        <translation>मोहीम जोडा…</translation>
    </message>
    <message>
        <source>Show the drive report</source>
        <translation>मोहिमेचा अहवाल दाखवा</translation>
    </message>
    <message>
        <source>For publication (small counts hidden)</source>
        <translation>प्रसिद्धीसाठी (लहान आकडे लपवलेले)</translation>
    </message>
    <message>
        <source>Choose a drive and press Show the drive report.</source>
        <translation>मोहीम निवडा आणि &apos;मोहिमेचा अहवाल दाखवा&apos; दाबा.</translation>
    </message>
    <message>
        <source>Children traced or found during a drive&apos;s days are counted in R7 of the returns; the drive report counts the whole drive.</source>
        <translation>मोहिमेच्या दिवसांत शोध लागलेली किंवा सापडलेली बालके विवरणपत्रांच्या R7 मध्ये मोजली जातात; मोहिमेचा अहवाल संपूर्ण मोहीम मोजतो.</translation>
    </message>
    <message>
        <source>No drive has been recorded yet. The station head adds one with its dates.</source>
        <translation>अद्याप कोणत्याही मोहिमेची नोंद नाही. ठाणेप्रमुख तारखांसह मोहीम जोडतात.</translation>
    </message>
    <message>
        <source>Drive report</source>
        <translation>मोहिमेचा अहवाल</translation>
    </message>
    <message>
        <source>Choose a drive in the list first.</source>
        <translation>आधी यादीतून मोहीम निवडा.</translation>
    </message>
    <message>
        <source>Counting {drive}…</source>
        <translation>{drive} ची मोजणी करत आहे…</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>{number} (earlier)</source>
        <translation>{number} (आधीचे)</translation>
    </message>
    <message>
        <source>{number} (later)</source>
        <translation>{number} (नंतरचे)</translation>
    </message>
    <message>
        <source>Episodes of this person in the register: {episodes}. Missing {count} time(s) before this report.</source>
        <translation>रजिस्टरमधील या व्यक्तीच्या घटना: {episodes}. या तक्रारीपूर्वी {count} वेळा हरवले.</translation>
    </message>
    <message>
        <source>&lt;b&gt;May be the same person as …&lt;/b&gt;</source>
        <translation>&lt;b&gt;ही तीच व्यक्ती असू शकते …&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Earlier cases of this station with a name, sex and age that fit</source>
        <translation>या ठाण्याची आधीची प्रकरणे, ज्यांचे नाव, लिंग व वय जुळते</translation>
    </message>
    <message>
        <source>Earlier cases that may be the same person</source>
        <translation>तीच व्यक्ती असू शकेल अशी आधीची प्रकरणे</translation>
    </message>
    <message>
        <source>&amp;Open earlier case</source>
        <translation>आधीचे प्रकरण उघडा (&amp;O)</translation>
    </message>
    <message>
        <source>Mark as &amp;repeat episode</source>
        <translation>पुन्हा हरवल्याची घटना म्हणून खूण करा (&amp;R)</translation>
    </message>
    <message>
        <source>Link this report to the earlier case of the same person (after the first save)</source>
        <translation>ही तक्रार त्याच व्यक्तीच्या आधीच्या प्रकरणाशी जोडा (पहिल्यांदा जतन केल्यानंतर)</translation>
    </message>
    <message>
        <source>age {age}</source>
        <translation>वय {age}</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>वय माहीत नाही</translation>
    </message>
    <message>
        <source>{number}   {name}   {sex}, {age}   reported {when}   {status}   fit {score}</source>
        <translation>{number}   {name}   {sex}, {age}   तक्रार {when}   {status}   जुळणी {score}</translation>
    </message>
    <message>
        <source>but: {reason}</source>
        <translation>पण: {reason}</translation>
    </message>
    <message>
        <source>Save the report to mark it a repeat episode.</source>
        <translation>पुन्हा हरवल्याची घटना म्हणून खूण करण्यासाठी आधी तक्रार जतन करा.</translation>
    </message>
    <message>
        <source>Marked as a repeat episode of {number}.</source>
        <translation>{number} ची पुन्हा हरवल्याची घटना म्हणून खूण केली.</translation>
    </message>
</context>
<context>
    <name>EncryptionTab</name>
    <message>
        <source>The register is on a PostgreSQL server ({register}). Talash does not encrypt the server&apos;s files: keep its data directory on an encrypted disk and connect with TLS (docs/security.md, &apos;Encryption at rest&apos;).</source>
        <translation>रजिस्टर PostgreSQL सर्व्हरवर आहे ({register}). तलाश सर्व्हरच्या फायली कूटबद्ध करत नाही: त्याचे डेटा फोल्डर कूटबद्ध डिस्कवर ठेवा आणि TLS ने जोडा (docs/security.md, &apos;Encryption at rest&apos;).</translation>
    </message>
    <message>
        <source>The register {register} is NOT encrypted: anyone who copies the file can read every case. Encrypt it at a quiet moment, with nobody else working, from a terminal: &apos;talash db encrypt&apos; (station head or administrator). The recovery key it shows once must be written down and kept at the district office.</source>
        <translation>रजिस्टर {register} कूटबद्ध नाही: फाइलची प्रत करणारा कोणीही प्रत्येक प्रकरण वाचू शकतो. शांत वेळी, इतर कोणी काम करत नसताना, टर्मिनलमधून ते कूटबद्ध करा: &apos;talash db encrypt&apos; (ठाणेप्रमुख किंवा प्रशासक). ती एकदाच दाखवत असलेली पुनर्प्राप्ती की लिहून ठेवून जिल्हा कार्यालयात ठेवावी.</translation>
    </message>
    <message>
        <source>The register {register} is encrypted at rest (SQLCipher, AES-256). Key fingerprint {key}. The key is kept in {file}, locked by the station head&apos;s passphrase; backups are encrypted with the same key, and unsaved forms (drafts) are sealed with a key derived from it.</source>
        <translation>रजिस्टर {register} साठवणीत कूटबद्ध आहे (SQLCipher, AES-256). की फिंगरप्रिंट {key}. की {file} मध्ये ठेवली आहे, ठाणेप्रमुखांच्या सांकेतिक वाक्यांशाने बंद; बॅकअप त्याच कीने कूटबद्ध होतात, आणि जतन न केलेले फॉर्म (मसुदे) तिच्यापासून बनवलेल्या कीने बंद केले जातात.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>सांकेतिक वाक्यांश बदला</translation>
    </message>
    <message>
        <source>Present passphrase</source>
        <translation>सध्याचा सांकेतिक वाक्यांश</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>नवीन सांकेतिक वाक्यांश</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>नवीन सांकेतिक वाक्यांश पुन्हा</translation>
    </message>
    <message>
        <source>At least 12 characters; a few unrelated words are easy to type and hard to guess. The key and the register stay the same, and so does the recovery key. The new passphrase is asked the next time Talash starts.</source>
        <translation>किमान 12 अक्षरे; एकमेकांशी संबंध नसलेले काही शब्द टाइप करायला सोपे आणि ओळखायला कठीण असतात. की आणि रजिस्टर तेच राहतात, आणि पुनर्प्राप्ती कीसुद्धा. तलाश पुढच्या वेळी सुरू होताना नवीन सांकेतिक वाक्यांश विचारते.</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten or the key file lost</source>
        <translation>सांकेतिक वाक्यांश विसरल्यास किंवा की फाइल हरवल्यास</translation>
    </message>
    <message>
        <source>The recovery key (14 groups of four letters and digits, shown once when the register was encrypted and kept sealed at the district office) makes a new key file with a new passphrase: &apos;talash db recover-key&apos;. Without the passphrase and the recovery key nobody can read the register or its backups. The steps are in {document} and in the user guide (Administration).</source>
        <translation>पुनर्प्राप्ती की (अक्षरे व अंकांचे चार-चारचे 14 गट, रजिस्टर कूटबद्ध करताना एकदाच दाखवलेले आणि जिल्हा कार्यालयात मोहोरबंद ठेवलेले) नवीन सांकेतिक वाक्यांशासह नवीन की फाइल बनवते: &apos;talash db recover-key&apos;. सांकेतिक वाक्यांश आणि पुनर्प्राप्ती कीशिवाय कोणीही रजिस्टर किंवा त्याचे बॅकअप वाचू शकत नाही. पायऱ्या {document} मध्ये आणि वापरकर्ता मार्गदर्शिकेत (प्रशासन) आहेत.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>दोन्ही नवीन सांकेतिक वाक्यांश सारखे नाहीत.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>सांकेतिक वाक्यांश बदलला</translation>
    </message>
    <message>
        <source>The passphrase is changed. Talash asks for the new one the next time it starts.</source>
        <translation>सांकेतिक वाक्यांश बदलला आहे. तलाश पुढच्या वेळी सुरू होताना नवीन विचारते.</translation>
    </message>
</context>
<context>
    <name>FilesBar</name>
    <message>
        <source>The return&apos;s files could not be written to {folder}: {problem}.</source>
        <translation>विवरणपत्राच्या फायली {folder} मध्ये लिहिता आल्या नाहीत: {problem}.</translation>
    </message>
    <message>
        <source>Write XLSX, CSV and PDF…</source>
        <translation>XLSX, CSV आणि PDF लिहा…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फोल्डर उघडा</translation>
    </message>
    <message>
        <source>Folder for the return&apos;s files</source>
        <translation>विवरणपत्राच्या फायलींसाठी फोल्डर</translation>
    </message>
    <message>
        <source>Written to {folder}: {files}</source>
        <translation>{folder} मध्ये लिहिले: {files}</translation>
    </message>
    <message>
        <source>Return files</source>
        <translation>विवरणपत्राच्या फायली</translation>
    </message>
    <message>
        <source>Writing the XLSX, CSV and PDF…</source>
        <translation>XLSX, CSV आणि PDF लिहित आहे…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Open (missing or traced)</source>
        <translation>चालू (बेपत्ता किंवा शोध लागलेली)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>बेपत्ता</translation>
    </message>
    <message>
        <source>Traced</source>
        <translation>शोध लागला</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>वर्ग केले</translation>
    </message>
    <message>
        <source>Void (entered in error)</source>
        <translation>रद्द (चुकीची नोंद)</translation>
    </message>
    <message>
        <source>Search: name, alias, register or FIR number (English or मराठी / हिंदी)</source>
        <translation>शोधा: नाव, टोपणनाव, रजिस्टर किंवा एफआयआर क्रमांक (English किंवा मराठी / हिंदी)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सर्व स्थिती</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>बालके</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>प्रौढ</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>कोणतेही वय</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>कोणतेही लिंग</translation>
    </message>
    <message>
        <source>from DD-MM-YYYY</source>
        <translation>पासून DD-MM-YYYY</translation>
    </message>
    <message>
        <source>to DD-MM-YYYY</source>
        <translation>पर्यंत DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>कोणतेही कारण</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>कोणताही अधिकारी</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>फक्त मुदत उलटलेली</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ करा</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>तक्रार दिनांक</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Talash — first start</source>
        <translation>तलाश — पहिली सुरुवात</translation>
    </message>
    <message>
        <source>Welcome to Talash</source>
        <translation>तलाशमध्ये स्वागत</translation>
    </message>
    <message>
        <source>There is no register on this computer yet. Set up this police station&apos;s register, or look around the demo station first (a separate register filled with invented cases; nothing in it is real).</source>
        <translation>या संगणकावर अद्याप रजिस्टर नाही. या पोलीस ठाण्याचे रजिस्टर तयार करा, किंवा आधी सराव ठाणे पाहून घ्या (काल्पनिक प्रकरणांनी भरलेले वेगळे रजिस्टर; त्यातील काहीही खरे नाही).</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>हे ठाणे तयार करा</translation>
    </message>
    <message>
        <source>Open the demo station</source>
        <translation>सराव ठाणे उघडा</translation>
    </message>
    <message>
        <source>e.g. MH-MUM-DHR</source>
        <translation>उदा. MH-MUM-DHR</translation>
    </message>
    <message>
        <source>e.g. Dharavi Police Station</source>
        <translation>उदा. Dharavi Police Station</translation>
    </message>
    <message>
        <source>e.g. धारावी पोलीस ठाणे</source>
        <translation>उदा. धारावी पोलीस ठाणे</translation>
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
        <translation>&lt;b&gt;ठाणे&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>ठाण्याचा कोड</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>ठाण्याचे नाव</translation>
    </message>
    <message>
        <source>Name in Marathi / Hindi</source>
        <translation>मराठी / हिंदीतील नाव</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>परिमंडळ</translation>
    </message>
    <message>
        <source>Station phone</source>
        <translation>ठाण्याचा फोन</translation>
    </message>
    <message>
        <source>Language of printouts</source>
        <translation>छापील कागदपत्रांची भाषा</translation>
    </message>
    <message>
        <source>&lt;b&gt;The station head&apos;s account&lt;/b&gt;</source>
        <translation>&lt;b&gt;ठाणेप्रमुखांचे खाते&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. pi.shinde</source>
        <translation>उदा. pi.shinde</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूर्ण नाव</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>हुद्दा</translation>
    </message>
    <message>
        <source>Buckle number</source>
        <translation>बक्कल क्रमांक</translation>
    </message>
    <message>
        <source>Password (12 or more characters)</source>
        <translation>पासवर्ड (12 किंवा अधिक अक्षरे)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>पासवर्ड पुन्हा</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>तयार करा</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>मागे</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>दोन्ही पासवर्ड सारखे नाहीत.</translation>
    </message>
</context>
<context>
    <name>FoundForm</name>
    <message>
        <source>Link to a case…</source>
        <translation>प्रकरणाशी जोडा…</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>जतन करा  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Possible matches among open cases</source>
        <translation>चालू प्रकरणांपैकी संभाव्य जुळण्या</translation>
    </message>
    <message>
        <source>Where and when found</source>
        <translation>कुठे आणि केव्हा सापडली</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>सापडल्याची वेळ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <source>place, area</source>
        <translation>ठिकाण, परिसर</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>ठिकाणाचा प्रकार</translation>
    </message>
    <message>
        <source>Relative to our station</source>
        <translation>आपल्या ठाण्याच्या हद्दीच्या दृष्टीने</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Found doing</source>
        <translation>सापडली तेव्हा काय करत होती</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>कोणाला सापडली</translation>
    </message>
    <message>
        <source>officer, NGO, citizen</source>
        <translation>अधिकारी, स्वयंसेवी संस्था, नागरिक</translation>
    </message>
    <message>
        <source>Drive (e.g. Operation Muskaan)</source>
        <translation>मोहीम (उदा. ऑपरेशन मुस्कान)</translation>
    </message>
    <message>
        <source>Native place (as the person says)</source>
        <translation>मूळ गाव (व्यक्ती सांगते त्याप्रमाणे)</translation>
    </message>
    <message>
        <source>Native state</source>
        <translation>मूळ राज्य</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>शेरा</translation>
    </message>
    <message>
        <source>Unidentified dead body: inquest and disposal</source>
        <translation>अनोळखी मृतदेह: पंचनामा (इन्क्वेस्ट) आणि विल्हेवाट</translation>
    </message>
    <message>
        <source>Inquest / U.D. number</source>
        <translation>इन्क्वेस्ट / अ.मृ. (U.D.) क्रमांक</translation>
    </message>
    <message>
        <source>e.g. UD 41/2026</source>
        <translation>उदा. UD 41/2026</translation>
    </message>
    <message>
        <source>Inquest held by (police station)</source>
        <translation>इन्क्वेस्ट करणारे पोलीस ठाणे</translation>
    </message>
    <message>
        <source>Inquest date</source>
        <translation>इन्क्वेस्टची तारीख</translation>
    </message>
    <message>
        <source>Post-mortem reference</source>
        <translation>शवविच्छेदन संदर्भ</translation>
    </message>
    <message>
        <source>Post-mortem at (hospital, morgue)</source>
        <translation>शवविच्छेदन कुठे (रुग्णालय, शवागार)</translation>
    </message>
    <message>
        <source>Time since death (estimated)</source>
        <translation>मृत्यूनंतरचा कालावधी (अंदाजे)</translation>
    </message>
    <message>
        <source>e.g. 2-3 days</source>
        <translation>उदा. 2-3 दिवस</translation>
    </message>
    <message>
        <source>Cause as recorded (if any)</source>
        <translation>नोंदवलेले कारण (असल्यास)</translation>
    </message>
    <message>
        <source>Body kept at</source>
        <translation>मृतदेह कुठे ठेवला</translation>
    </message>
    <message>
        <source>mortuary</source>
        <translation>शवागार</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>विल्हेवाट</translation>
    </message>
    <message>
        <source>Disposed of on</source>
        <translation>विल्हेवाटीची तारीख</translation>
    </message>
    <message>
        <source>Burial ground, crematorium</source>
        <translation>दफनभूमी, स्मशानभूमी</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>व्यक्ती</translation>
    </message>
    <message>
        <source>Name (if known)</source>
        <translation>नाव (माहीत असल्यास)</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>उर्फ नाव</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Apparent age</source>
        <translation>दिसणारे वय</translation>
    </message>
    <message>
        <source>e.g. 9, or a range such as 8-10</source>
        <translation>उदा. 9, किंवा 8-10 असा टप्पा</translation>
    </message>
    <message>
        <source>Date of birth (if known)</source>
        <translation>जन्मतारीख (माहीत असल्यास)</translation>
    </message>
    <message>
        <source>Father&apos;s / mother&apos;s name</source>
        <translation>वडिलांचे / आईचे नाव</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>मातृभाषा</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>बोलत असलेल्या भाषा</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>उंची (सेमी)</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>बांधा</translation>
    </message>
    <message>
        <source>Complexion</source>
        <translation>वर्ण</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation>केसांचा रंग</translation>
    </message>
    <message>
        <source>Hair length</source>
        <translation>केसांची लांबी</translation>
    </message>
    <message>
        <source>Identification marks</source>
        <translation>ओळखीच्या खुणा</translation>
    </message>
    <message>
        <source>+ Add a mark</source>
        <translation>+ खूण जोडा</translation>
    </message>
    <message>
        <source>Clothing and belongings</source>
        <translation>कपडे आणि सोबतच्या वस्तू</translation>
    </message>
    <message>
        <source>+ Add an item</source>
        <translation>+ वस्तू जोडा</translation>
    </message>
    <message>
        <source>Disability, illness</source>
        <translation>अपंगत्व, आजार</translation>
    </message>
    <message>
        <source>Other description</source>
        <translation>इतर वर्णन</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फोटो</translation>
    </message>
    <message>
        <source>Child Welfare Committee</source>
        <translation>बाल कल्याण समिती</translation>
    </message>
    <message>
        <source>Produced before the CWC at</source>
        <translation>बाल कल्याण समितीसमोर हजर केल्याची वेळ</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>समिती</translation>
    </message>
    <message>
        <source>e.g. CWC Mumbai City</source>
        <translation>उदा. CWC मुंबई शहर</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>आदेश क्रमांक</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>Child care institution</source>
        <translation>बाल काळजी संस्था</translation>
    </message>
    <message>
        <source>Upload to the portal (a found child: JJ Act s.32)</source>
        <translation>पोर्टलवर अपलोड (सापडलेले बालक: बाल न्याय अधिनियम कलम 32)</translation>
    </message>
    <message>
        <source>Uploaded at</source>
        <translation>अपलोड केल्याची वेळ</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>पोर्टल</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>पोर्टल संदर्भ क्रमांक</translation>
    </message>
    <message>
        <source>the number the portal gave</source>
        <translation>पोर्टलने दिलेला क्रमांक</translation>
    </message>
    <message>
        <source>&quot;Help identify&quot; notice</source>
        <translation>&quot;ओळख पटवण्यास मदत करा&quot; सूचना</translation>
    </message>
    <message>
        <source>New unidentified dead body: {name}</source>
        <translation>नवीन अनोळखी मृतदेह: {name}</translation>
    </message>
    <message>
        <source>New unidentified dead body</source>
        <translation>नवीन अनोळखी मृतदेह</translation>
    </message>
    <message>
        <source>New found person: {name}</source>
        <translation>नवीन सापडलेली व्यक्ती: {name}</translation>
    </message>
    <message>
        <source>New found person</source>
        <translation>नवीन सापडलेली व्यक्ती</translation>
    </message>
    <message>
        <source>Saved as &lt;b&gt;{number}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; म्हणून जतन केले.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>जतन केले.</translation>
    </message>
    <message>
        <source>Linked to {case}.</source>
        <translation>{case} शी जोडले.</translation>
    </message>
    <message>
        <source>(name not known)</source>
        <translation>(नाव माहीत नाही)</translation>
    </message>
</context>
<context>
    <name>FoundListView</name>
    <message>
        <source>Found persons</source>
        <translation>सापडलेल्या व्यक्ती</translation>
    </message>
    <message>
        <source>Search: name or number (English or मराठी / हिंदी)</source>
        <translation>शोधा: नाव किंवा क्रमांक (English किंवा मराठी / हिंदी)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोणतीही स्थिती</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>कोणताही प्रकार</translation>
    </message>
    <message>
        <source>Possible matches to review</source>
        <translation>तपासायच्या संभाव्य जुळण्या</translation>
    </message>
    <message>
        <source>Only found persons in care with an open case scoring {threshold} or more (open one to see its possible matches)</source>
        <translation>फक्त देखभालीतील सापडलेल्या व्यक्ती ज्यांच्याशी एखादे चालू प्रकरण {threshold} किंवा अधिक गुणांनी जुळते (संभाव्य जुळण्या पाहण्यासाठी एक उघडा)</translation>
    </message>
    <message>
        <source>Record a found person…</source>
        <translation>सापडलेल्या व्यक्तीची नोंद करा…</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>{count} दाखवल्या</translation>
    </message>
    <message>
        <source>Looking for possible matches…</source>
        <translation>संभाव्य जुळण्या शोधत आहे…</translation>
    </message>
    <message>
        <source>1 found person with possible matches to review</source>
        <translation>तपासायच्या संभाव्य जुळण्या असलेली 1 सापडलेली व्यक्ती</translation>
    </message>
    <message>
        <source>{count} found persons with possible matches to review</source>
        <translation>तपासायच्या संभाव्य जुळण्या असलेल्या {count} सापडलेल्या व्यक्ती</translation>
    </message>
</context>
<context>
    <name>FoundModel</name>
    <message>
        <source>Number</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>बालक</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>सापडल्याची वेळ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>काय करत होती</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>कशाशी जोडले</translation>
    </message>
    <message>
        <source>child</source>
        <translation>बालक</translation>
    </message>
</context>
<context>
    <name>HqConsolidatedPage</name>
    <message>
        <source>Consolidated return</source>
        <translation>एकत्रित विवरणपत्र</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दाखवा</translation>
    </message>
    <message>
        <source>For publication (small counts hidden, no annex)</source>
        <translation>प्रसिद्धीसाठी (लहान आकडे लपवलेले, परिशिष्ट नाही)</translation>
    </message>
    <message>
        <source>Add up the weekly returns</source>
        <translation>साप्ताहिक विवरणपत्रांची बेरीज करा</translation>
    </message>
    <message>
        <source>A month from the weeks the stations sent: each week belongs whole to the month of its Thursday; a station&apos;s missing week is named.</source>
        <translation>ठाण्यांनी पाठवलेल्या आठवड्यांवरून महिना: प्रत्येक आठवडा संपूर्णपणे त्याच्या गुरुवारच्या महिन्यात धरला जातो; ठाण्याचा न आलेला आठवडा नावाने सांगितला जातो.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>कालावधी</translation>
    </message>
    <message>
        <source>Choose a period and press Show.</source>
        <translation>कालावधी निवडा आणि &apos;दाखवा&apos; दाबा.</translation>
    </message>
    <message>
        <source>{station}: week {weeks} missing</source>
        <translation>{station}: आठवडा {weeks} आलेला नाही</translation>
    </message>
    <message>
        <source>Weekly returns missing — {missing}. Those stations&apos; figures cover only the weeks received.</source>
        <translation>साप्ताहिक विवरणपत्रे आलेली नाहीत — {missing}. त्या ठाण्यांचे आकडे फक्त मिळालेल्या आठवड्यांचे आहेत.</translation>
    </message>
    <message>
        <source>Adding up {period}…</source>
        <translation>{period} ची बेरीज करत आहे…</translation>
    </message>
</context>
<context>
    <name>HqImportPage</name>
    <message>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ठाणे</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>कालावधी</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>पॅकेज</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>काय झाले</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>आयात केले</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>आधीच आयात केलेले</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>नाकारले</translation>
    </message>
    <message>
        <source>Imported, history rewritten</source>
        <translation>आयात केले, इतिहास पुन्हा लिहिलेला</translation>
    </message>
    <message>
        <source>Import returns from the stations</source>
        <translation>ठाण्यांकडून विवरणपत्रे आयात करा</translation>
    </message>
    <message>
        <source>Drop the stations&apos; return packages ({suffix} files), or a folder of them, here.
Each is checked and imported whole, or refused with the reason; a package already imported changes nothing.</source>
        <translation>ठाण्यांची विवरणपत्र पॅकेजेस ({suffix} फायली), किंवा त्यांचे फोल्डर, इथे टाका.
प्रत्येक पॅकेज तपासून संपूर्ण आयात केले जाते, किंवा कारणासह नाकारले जाते; आधीच आयात केलेले पॅकेज काहीही बदलत नाही.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>फायली निवडा…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>फोल्डर निवडा…</translation>
    </message>
    <message>
        <source>No import yet in this session.</source>
        <translation>या सत्रात अद्याप आयात नाही.</translation>
    </message>
    <message>
        <source>Return packages</source>
        <translation>विवरणपत्र पॅकेजेस</translation>
    </message>
    <message>
        <source>Return packages (*{suffix});;All files (*)</source>
        <translation>विवरणपत्र पॅकेजेस (*{suffix});;सर्व फायली (*)</translation>
    </message>
    <message>
        <source>A folder of return packages</source>
        <translation>विवरणपत्र पॅकेजेसचे फोल्डर</translation>
    </message>
    <message>
        <source>Returns cannot be imported</source>
        <translation>विवरणपत्रे आयात करता येत नाहीत</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>No return packages ({suffix}) were found there.</source>
        <translation>तिथे कोणतेही विवरणपत्र पॅकेज ({suffix}) सापडले नाही.</translation>
    </message>
    <message>
        <source>Keys folder not known</source>
        <translation>की फोल्डर माहीत नाही</translation>
    </message>
    <message>
        <source>This window was started without the data folder&apos;s keys directory; import the packages with &apos;talash hq import&apos; instead.</source>
        <translation>ही विंडो डेटा फोल्डरच्या की निर्देशिकेशिवाय सुरू झाली आहे; त्याऐवजी &apos;talash hq import&apos; ने पॅकेजेस आयात करा.</translation>
    </message>
    <message>
        <source>HQ&apos;s key is not on this computer</source>
        <translation>मुख्यालयाची की या संगणकावर नाही</translation>
    </message>
    <message>
        <source>Packages are opened with HQ&apos;s sealing key, which is not on this computer. Import on the computer where HQ&apos;s key was made, or make HQ&apos;s key here (Stations → Create HQ&apos;s key) and send its public key to every station.</source>
        <translation>पॅकेजेस मुख्यालयाच्या मोहोरबंद करण्याच्या कीने उघडतात, जी या संगणकावर नाही. जिथे मुख्यालयाची की तयार केली त्या संगणकावर आयात करा, किंवा इथे मुख्यालयाची की तयार करा (पोलीस ठाणी → मुख्यालयाची की तयार करा) आणि तिची सार्वजनिक की प्रत्येक ठाण्याला पाठवा.</translation>
    </message>
    <message>
        <source>HQ&apos;s sealing key</source>
        <translation>मुख्यालयाची मोहोरबंद करण्याची की</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>आयात थांबवली</translation>
    </message>
    <message>
        <source>Stopped at your request. Packages imported before the stop are kept; the one under way was not. Import the same files again for the rest: those already in are recognised and left as they are.</source>
        <translation>तुमच्या विनंतीवरून थांबवले. थांबण्यापूर्वी आयात झालेली पॅकेजेस राहतात; चालू असलेले झाले नाही. उरलेल्यांसाठी त्याच फायली पुन्हा आयात करा: आधीच आलेली ओळखली जातात आणि तशीच ठेवली जातात.</translation>
    </message>
    <message>
        <source>Checking and importing {count} file(s)…</source>
        <translation>{count} फायली तपासून आयात करत आहे…</translation>
    </message>
    <message>
        <source>{count} file(s): {taken} imported, {again} already imported, {refused} refused.</source>
        <translation>{count} फायली: {taken} आयात केल्या, {again} आधीच आयात केलेल्या, {refused} नाकारल्या.</translation>
    </message>
    <message>
        <source>Audit trail rewritten (imported with a warning): {stations}.</source>
        <translation>लेखापरीक्षण नोंदी पुन्हा लिहिलेल्या (इशाऱ्यासह आयात): {stations}.</translation>
    </message>
</context>
<context>
    <name>HqStationsPage</name>
    <message>
        <source>Station</source>
        <translation>ठाणे</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>की फिंगरप्रिंट</translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation>विश्वास ठेवल्याची तारीख</translation>
    </message>
    <message>
        <source>By</source>
        <translation>कोणी</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>शेवटचे पॅकेज</translation>
    </message>
    <message>
        <source>Late for W{week}?</source>
        <translation>W{week} साठी उशीर?</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>लेखापरीक्षण नोंदी</translation>
    </message>
    <message>
        <source>no. {seq}, {period}, imported {day}</source>
        <translation>क्र. {seq}, {period}, {day} रोजी आयात</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अद्याप नाही</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>उशीर</translation>
    </message>
    <message>
        <source>REWRITTEN (package {packages})</source>
        <translation>पुन्हा लिहिलेले (पॅकेज {packages})</translation>
    </message>
    <message>
        <source>The station&apos;s audit trail did not extend the one HQ held from its previous package: imported with a warning; ask the station.</source>
        <translation>ठाण्याच्या लेखापरीक्षण नोंदी मुख्यालयाकडे आधीच्या पॅकेजमधून असलेल्या नोंदींच्या पुढे जात नाहीत: इशाऱ्यासह आयात केले; ठाण्याकडे विचारणा करा.</translation>
    </message>
    <message>
        <source>Stations and their returns</source>
        <translation>पोलीस ठाणी आणि त्यांची विवरणपत्रे</translation>
    </message>
    <message>
        <source>Trusted station keys</source>
        <translation>विश्वास ठेवलेल्या ठाण्यांच्या की</translation>
    </message>
    <message>
        <source>{count} station(s) late with the return for {week}: {stations}</source>
        <translation>{week} च्या विवरणपत्रासाठी {count} ठाण्यांना उशीर: {stations}</translation>
    </message>
    <message>
        <source>Every station has sent the return for {week}.</source>
        <translation>प्रत्येक ठाण्याने {week} चे विवरणपत्र पाठवले आहे.</translation>
    </message>
    <message>
        <source>No station is trusted yet: trust each station&apos;s public key file below.</source>
        <translation>अद्याप कोणत्याही ठाण्यावर विश्वास ठेवलेला नाही: खाली प्रत्येक ठाण्याच्या सार्वजनिक की फाइलवर विश्वास ठेवा.</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <source>Now</source>
        <translation>आता</translation>
    </message>
    <message>
        <source>Fill in the present date and time (or type &apos;now&apos;)</source>
        <translation>सध्याची तारीख व वेळ भरा (किंवा &apos;now&apos; टाइप करा)</translation>
    </message>
</context>
<context>
    <name>KeysBox</name>
    <message>
        <source>Keys of the returns</source>
        <translation>विवरणपत्रांच्या की</translation>
    </message>
    <message>
        <source>Create HQ&apos;s key…</source>
        <translation>मुख्यालयाची की तयार करा…</translation>
    </message>
    <message>
        <source>Create the station key…</source>
        <translation>ठाण्याची की तयार करा…</translation>
    </message>
    <message>
        <source>Save HQ&apos;s public key for the stations…</source>
        <translation>ठाण्यांसाठी मुख्यालयाची सार्वजनिक की जतन करा…</translation>
    </message>
    <message>
        <source>Save the public key for HQ…</source>
        <translation>मुख्यालयासाठी सार्वजनिक की जतन करा…</translation>
    </message>
    <message>
        <source>Trust a station&apos;s key file…</source>
        <translation>ठाण्याच्या की फाइलवर विश्वास ठेवा…</translation>
    </message>
    <message>
        <source>Install HQ&apos;s key file…</source>
        <translation>मुख्यालयाची की फाइल बसवा…</translation>
    </message>
    <message>
        <source>HQ&apos;s sealing key</source>
        <translation>मुख्यालयाची मोहोरबंद करण्याची की</translation>
    </message>
    <message>
        <source>the station&apos;s signing key</source>
        <translation>ठाण्याची स्वाक्षरीची की</translation>
    </message>
    <message>
        <source>There is no HQ key yet.</source>
        <translation>मुख्यालयाची की अद्याप नाही.</translation>
    </message>
    <message>
        <source>There is no station key yet.</source>
        <translation>ठाण्याची की अद्याप नाही.</translation>
    </message>
    <message>
        <source>this window was not told where the data folder&apos;s keys are</source>
        <translation>डेटा फोल्डरमधील की कुठे आहेत हे या विंडोला सांगितलेले नाही</translation>
    </message>
    <message>
        <source>kept on this computer</source>
        <translation>या संगणकावर ठेवलेली</translation>
    </message>
    <message>
        <source>made on another computer: sign or open returns there</source>
        <translation>दुसऱ्या संगणकावर तयार केलेली: विवरणपत्रे तिथेच स्वाक्षरी करा किंवा उघडा</translation>
    </message>
    <message>
        <source>HQ&apos;s key: fingerprint {fingerprint} ({where}).</source>
        <translation>मुख्यालयाची की: फिंगरप्रिंट {fingerprint} ({where}).</translation>
    </message>
    <message>
        <source>This station&apos;s key: fingerprint {fingerprint} ({where}).</source>
        <translation>या ठाण्याची की: फिंगरप्रिंट {fingerprint} ({where}).</translation>
    </message>
    <message>
        <source>Stations are trusted one by one, from the public key file each station sends; read its fingerprint back to the station by telephone first.</source>
        <translation>प्रत्येक ठाण्याने पाठवलेल्या सार्वजनिक की फाइलवरून ठाण्यांवर एकेक करून विश्वास ठेवला जातो; आधी तिचा फिंगरप्रिंट ठाण्याला फोनवर वाचून दाखवा.</translation>
    </message>
    <message>
        <source>HQ&apos;s key is not installed: returns are sealed to it. Install the file HQ sent.</source>
        <translation>मुख्यालयाची की बसवलेली नाही: विवरणपत्रे तिच्यासाठी मोहोरबंद होतात. मुख्यालयाने पाठवलेली फाइल बसवा.</translation>
    </message>
    <message>
        <source>HQ&apos;s key: {name} ({code}), fingerprint {fingerprint}.</source>
        <translation>मुख्यालयाची की: {name} ({code}), फिंगरप्रिंट {fingerprint}.</translation>
    </message>
    <message>
        <source>Only the station head or the administrator manages the keys.</source>
        <translation>की फक्त ठाणेप्रमुख किंवा प्रशासक हाताळतात.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>की बदला</translation>
    </message>
    <message>
        <source>There is already {key}. A new key means every station must install HQ&apos;s new public key before its next return. The old key file is kept, renamed. Make a new key?</source>
        <translation>{key} आधीच आहे. नवीन की म्हणजे प्रत्येक ठाण्याला पुढच्या विवरणपत्रापूर्वी मुख्यालयाची नवीन सार्वजनिक की बसवावी लागेल. जुनी की फाइल नाव बदलून राखून ठेवली जाते. नवीन की तयार करायची?</translation>
    </message>
    <message>
        <source>There is already {key}. A new key means HQ must trust the new key before it accepts another return. The old key file is kept, renamed. Make a new key?</source>
        <translation>{key} आधीच आहे. नवीन की म्हणजे पुढचे विवरणपत्र स्वीकारण्यापूर्वी मुख्यालयाला नवीन कीवर विश्वास ठेवावा लागेल. जुनी की फाइल नाव बदलून राखून ठेवली जाते. नवीन की तयार करायची?</translation>
    </message>
    <message>
        <source>The key was not made</source>
        <translation>की तयार झाली नाही</translation>
    </message>
    <message>
        <source>Key made</source>
        <translation>की तयार झाली</translation>
    </message>
    <message>
        <source>HQ&apos;s sealing key is made. Fingerprint: {fingerprint}

Save its public key for the stations next.</source>
        <translation>मुख्यालयाची मोहोरबंद करण्याची की तयार झाली. फिंगरप्रिंट: {fingerprint}

यानंतर ठाण्यांसाठी तिची सार्वजनिक की जतन करा.</translation>
    </message>
    <message>
        <source>The station&apos;s signing key is made. Fingerprint: {fingerprint}

Save its public key for HQ next, and read the fingerprint to HQ by phone.</source>
        <translation>ठाण्याची स्वाक्षरीची की तयार झाली. फिंगरप्रिंट: {fingerprint}

यानंतर मुख्यालयासाठी तिची सार्वजनिक की जतन करा, आणि फिंगरप्रिंट मुख्यालयाला फोनवर वाचून दाखवा.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>सार्वजनिक की जतन करा</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>जतन झाले नाही</translation>
    </message>
    <message>
        <source>{path} cannot be written: {problem}.</source>
        <translation>{path} लिहिता येत नाही: {problem}.</translation>
    </message>
    <message>
        <source>Public key saved</source>
        <translation>सार्वजनिक की जतन केली</translation>
    </message>
    <message>
        <source>Saved {path}.
Fingerprint: {fingerprint}
It holds no secret: send it by e-mail or on a USB stick, and read the fingerprint out by telephone.</source>
        <translation>{path} जतन केले.
फिंगरप्रिंट: {fingerprint}
यात कोणतेही गुपित नाही: ई-मेलने किंवा USB स्टिकवर पाठवा, आणि फिंगरप्रिंट फोनवर वाचून दाखवा.</translation>
    </message>
    <message>
        <source>HQ&apos;s public key file</source>
        <translation>मुख्यालयाची सार्वजनिक की फाइल</translation>
    </message>
    <message>
        <source>HQ&apos;s key was not installed</source>
        <translation>मुख्यालयाची की बसवली नाही</translation>
    </message>
    <message>
        <source>HQ&apos;s key installed</source>
        <translation>मुख्यालयाची की बसवली</translation>
    </message>
    <message>
        <source>HQ&apos;s key ({name}, {code}) is installed.
Fingerprint: {fingerprint} — check it with HQ by telephone.</source>
        <translation>मुख्यालयाची की ({name}, {code}) बसवली आहे.
फिंगरप्रिंट: {fingerprint} — मुख्यालयाशी फोनवर पडताळून पहा.</translation>
    </message>
    <message>
        <source>A station&apos;s public key file</source>
        <translation>ठाण्याची सार्वजनिक की फाइल</translation>
    </message>
    <message>
        <source>The station was not trusted</source>
        <translation>ठाण्यावर विश्वास ठेवला गेला नाही</translation>
    </message>
    <message>
        <source>Station trusted</source>
        <translation>ठाण्यावर विश्वास ठेवला</translation>
    </message>
    <message>
        <source>Trusted {code} ({name}).
Fingerprint: {fingerprint}</source>
        <translation>{code} ({name}) वर विश्वास ठेवला.
फिंगरप्रिंट: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link {number} to a case</source>
        <translation>{number} प्रकरणाशी जोडा</translation>
    </message>
    <message>
        <source>Open cases of this station that may be this person (same sex, child or adult). Search by name, alias, register or FIR number; or give another station&apos;s case.</source>
        <translation>या ठाण्याची चालू प्रकरणे जी ही व्यक्ती असू शकतात (तेच लिंग, बालक किंवा प्रौढ). नाव, उर्फ नाव, रजिस्टर किंवा एफआयआर क्रमांकाने शोधा; किंवा दुसऱ्या ठाण्याचे प्रकरण द्या.</translation>
    </message>
    <message>
        <source>name, alias, register or FIR number</source>
        <translation>नाव, उर्फ नाव, रजिस्टर किंवा एफआयआर क्रमांक</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>शोधा</translation>
    </message>
    <message>
        <source>e.g. MH-MUM-KUR MP/2026/0311</source>
        <translation>उदा. MH-MUM-KUR MP/2026/0311</translation>
    </message>
    <message>
        <source>Or a case at another station</source>
        <translation>किंवा दुसऱ्या ठाण्याचे प्रकरण</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>जोडा</translation>
    </message>
    <message>
        <source>reported {when} at {place}</source>
        <translation>{when} रोजी {place} येथे नोंद</translation>
    </message>
    <message>
        <source>last seen {when} at {place}</source>
        <translation>शेवटचे {when} रोजी {place} येथे दिसले</translation>
    </message>
    <message>
        <source>Fits the search {score} out of 100: {fitted}</source>
        <translation>शोधाशी 100 पैकी {score} जुळते: {fitted}</translation>
    </message>
    <message>
        <source>No open case of this sex and age group fits “{text}”.</source>
        <translation>या लिंगाचे व वयोगटाचे कोणतेही चालू प्रकरण “{text}” शी जुळत नाही.</translation>
    </message>
    <message>
        <source>Choose a case from the list, or give another station&apos;s case.</source>
        <translation>यादीतून प्रकरण निवडा, किंवा दुसऱ्या ठाण्याचे प्रकरण द्या.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The window was locked because it was not used for a while, or someone locked it. Case details are hidden until the password is entered.</source>
        <translation>काही वेळ वापर न झाल्याने किंवा कोणी कुलूप लावल्याने खिडकीला कुलूप लागले आहे. पासवर्ड टाकेपर्यंत प्रकरणांचा तपशील लपवलेला राहील.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>कुलूप उघडा</translation>
    </message>
    <message>
        <source>Log out (another officer)</source>
        <translation>लॉग आउट (दुसरा अधिकारी)</translation>
    </message>
    <message>
        <source>Locked — {name} ({username})</source>
        <translation>कुलूप लावले — {name} ({username})</translation>
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
        <translation>उदा. psi.more</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Log on</source>
        <translation>लॉग ऑन करा</translation>
    </message>
    <message>
        <source>Choose your own password to go on.</source>
        <translation>पुढे जाण्यासाठी तुमचा स्वतःचा पासवर्ड निवडा.</translation>
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
        <translation>नवीन तक्रार</translation>
    </message>
    <message>
        <source>Found persons</source>
        <translation>सापडलेल्या व्यक्ती</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>मुदत उलटलेली कामे</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>विवरणपत्रे</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>सारांश फलक</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>प्रशासन</translation>
    </message>
    <message>
        <source>Import returns</source>
        <translation>विवरणपत्रे आयात करा</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>पोलीस ठाणी</translation>
    </message>
    <message>
        <source>Consolidated return</source>
        <translation>एकत्रित विवरणपत्र</translation>
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
        <translation>{title} (सराव)</translation>
    </message>
    <message>
        <source>OPEN FORMS</source>
        <translation>उघडे फॉर्म</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>नवीन तक्रार (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quick report (first minutes)</source>
        <translation>झटपट तक्रार (पहिली काही मिनिटे) (&amp;Q)</translation>
    </message>
    <message>
        <source>New &amp;found person</source>
        <translation>नवीन सापडलेली व्यक्ती (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>जतन करा (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>छपाई… (&amp;P)</translation>
    </message>
    <message>
        <source>Print the missing persons &amp;sheet…</source>
        <translation>बेपत्ता व्यक्तींचे पत्रक छापा… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close form</source>
        <translation>फॉर्म बंद करा (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>आता कुलूप लावा (&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>बाहेर पडा (लॉग आउट) (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>तलाश बंद करा (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जा (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>शोधा (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>पुन्हा वाचा (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>पडद्याची भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदत (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>कळा (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Talash</source>
        <translation>तलाशविषयी (&amp;A)</translation>
    </message>
    <message>
        <source>Database: {database} (demo)</source>
        <translation>डेटाबेस: {database} (सराव)</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>डेटाबेस: {database}</translation>
    </message>
    <message>
        <source>Ctrl+W closes it</source>
        <translation>Ctrl+W ने बंद होतो</translation>
    </message>
    <message>
        <source>Unsaved form kept as a draft at {time}</source>
        <translation>जतन न केलेला फॉर्म {time} वाजता मसुदा म्हणून राखून ठेवला</translation>
    </message>
    <message>
        <source>HQ database</source>
        <translation>मुख्यालयाचा डेटाबेस</translation>
    </message>
    <message>
        <source>This is an HQ database: it holds the stations&apos; returns, not cases. Open a station&apos;s register for cases and found persons.</source>
        <translation>हा मुख्यालयाचा डेटाबेस आहे: यात ठाण्यांची विवरणपत्रे असतात, प्रकरणे नाहीत. प्रकरणे आणि सापडलेल्या व्यक्तींसाठी ठाण्याचे रजिस्टर उघडा.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>परवानगी नाही</translation>
    </message>
    <message>
        <source>Your role does not register cases.</source>
        <translation>तुमच्या पदाला प्रकरणे नोंदवण्याचे काम नाही.</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>प्रकरण उघडता येत नाही</translation>
    </message>
    <message>
        <source>Your role does not record found persons.</source>
        <translation>तुमच्या पदाला सापडलेल्या व्यक्तींची नोंद करण्याचे काम नाही.</translation>
    </message>
    <message>
        <source>Cannot open the found person</source>
        <translation>सापडलेल्या व्यक्तीची नोंद उघडता येत नाही</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>छपाई</translation>
    </message>
    <message>
        <source>Open a saved case or found person to print its papers.</source>
        <translation>कागदपत्रे छापण्यासाठी जतन केलेले प्रकरण किंवा सापडलेल्या व्यक्तीची नोंद उघडा.</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>पडद्याची भाषा</translation>
    </message>
    <message>
        <source>The window will be in {language} from your next logon. Names are always shown as they were typed.

Log out now to switch? Each open form asks first whether to save it.</source>
        <translation>तुमच्या पुढच्या लॉग-ऑनपासून पडदा {language} भाषेत दिसेल. नावे नेहमी टाइप केली तशीच दिसतात.

बदलण्यासाठी आता लॉग आउट करायचे? प्रत्येक उघडा फॉर्म आधी जतन करायचे का ते विचारेल.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कळा</translation>
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
        <translation>Ctrl+N  नवीन तक्रार
Ctrl+R  झटपट तक्रार (पहिली काही मिनिटे; Alt+A सुचवलेली एफआयआर कलमे जोडते, Alt+M अधिक तपशील)
Ctrl+S  जतन करा
Ctrl+F  रजिस्टरमध्ये शोधा
Ctrl+P  छपाई
Ctrl+Shift+F  रजिस्टरचे गाळणी पर्याय
F5  पुन्हा वाचा
Ctrl+W  फॉर्म बंद करा
Ctrl+L  पडद्याला कुलूप लावा
Ctrl+1 … Ctrl+6  पाने
फॉर्ममध्ये: Alt+1 … Alt+0 विभाग, Ctrl+PgDown / Ctrl+PgUp पुढचा / मागचा विभाग, Tab पुढचे रकाने, Ctrl+Delete ओळ काढते.
तारखेत: आताची वेळ टाकण्यासाठी &apos;now&apos; टाइप करा.</translation>
    </message>
    <message>
        <source>About Talash</source>
        <translation>तलाशविषयी</translation>
    </message>
    <message>
        <source>Talash: the missing-person register of a police station.
Station: {code} {station}
Database: {database}</source>
        <translation>तलाश: पोलीस ठाण्याचे बेपत्ता व्यक्ती रजिस्टर.
ठाणे: {code} {station}
डेटाबेस: {database}</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <source>Score</source>
        <translation>गुण</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>क्रमांक</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation>लिंग, वय</translation>
    </message>
    <message>
        <source>Last seen / found</source>
        <translation>शेवटचे दिसले / सापडले</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>का</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>का नाही</translation>
    </message>
    <message>
        <source>(child)</source>
        <translation>(बालक)</translation>
    </message>
    <message>
        <source>At or above {threshold}: proposed for review</source>
        <translation>{threshold} किंवा अधिक: तपासणीसाठी सुचवलेले</translation>
    </message>
    <message>
        <source>Below {threshold}: a weaker candidate</source>
        <translation>{threshold} पेक्षा कमी: कमकुवत उमेदवार</translation>
    </message>
    <message>
        <source>Last seen {when} at {place}</source>
        <translation>शेवटचे {when} रोजी {place} येथे दिसले</translation>
    </message>
    <message>
        <source>Found {when} at {place}</source>
        <translation>{when} रोजी {place} येथे सापडली</translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message>
        <source>Link…</source>
        <translation>जोडा…</translation>
    </message>
    <message>
        <source>Link the found person to the case (the same person)</source>
        <translation>सापडलेल्या व्यक्तीला प्रकरणाशी जोडा (तीच व्यक्ती)</translation>
    </message>
    <message>
        <source>Not a match…</source>
        <translation>जुळत नाही…</translation>
    </message>
    <message>
        <source>Record why they are not the same person; not proposed again</source>
        <translation>ते एकच व्यक्ती का नाहीत याची नोंद करा; पुन्हा सुचवले जाणार नाही</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>पुन्हा शोधा</translation>
    </message>
    <message>
        <source>Score the candidates again (after saving changes)</source>
        <translation>उमेदवारांना पुन्हा गुण द्या (बदल जतन केल्यानंतर)</translation>
    </message>
    <message>
        <source>Possible matches are looked for once the record is saved.</source>
        <translation>नोंद जतन झाल्यावर संभाव्य जुळण्या शोधल्या जातात.</translation>
    </message>
    <message>
        <source>Looking for possible matches…</source>
        <translation>संभाव्य जुळण्या शोधत आहे…</translation>
    </message>
    <message>
        <source>Possible matches could not be looked for.</source>
        <translation>संभाव्य जुळण्या शोधता आल्या नाहीत.</translation>
    </message>
    <message>
        <source>No open case fits this description closely enough.</source>
        <translation>कोणतेही चालू प्रकरण या वर्णनाशी पुरेसे जुळत नाही.</translation>
    </message>
    <message>
        <source>No found person in care fits this description closely enough.</source>
        <translation>देखभालीतील कोणतीही सापडलेली व्यक्ती या वर्णनाशी पुरेशी जुळत नाही.</translation>
    </message>
    <message>
        <source>1 possible match scoring {threshold} or more, {weaker} weaker (grey), best first. Select one to see why it scored; check the photos and the family before linking.</source>
        <translation>{threshold} किंवा अधिक गुणांची 1 संभाव्य जुळणी, {weaker} कमकुवत (राखाडी), सर्वोत्तम आधी. ती का जुळते हे पाहण्यासाठी एक निवडा; जोडण्यापूर्वी फोटो आणि कुटुंबाशी खात्री करा.</translation>
    </message>
    <message>
        <source>{count} possible matches scoring {threshold} or more, {weaker} weaker (grey), best first. Select one to see why it scored; check the photos and the family before linking.</source>
        <translation>{threshold} किंवा अधिक गुणांच्या {count} संभाव्य जुळण्या, {weaker} कमकुवत (राखाडी), सर्वोत्तम आधी. ती का जुळते हे पाहण्यासाठी एक निवडा; जोडण्यापूर्वी फोटो आणि कुटुंबाशी खात्री करा.</translation>
    </message>
    <message>
        <source>1 possible match scoring {threshold} or more, best first. Select one to see why it scored; check the photos and the family before linking.</source>
        <translation>{threshold} किंवा अधिक गुणांची 1 संभाव्य जुळणी, सर्वोत्तम आधी. ती का जुळते हे पाहण्यासाठी एक निवडा; जोडण्यापूर्वी फोटो आणि कुटुंबाशी खात्री करा.</translation>
    </message>
    <message>
        <source>{count} possible matches scoring {threshold} or more, best first. Select one to see why it scored; check the photos and the family before linking.</source>
        <translation>{threshold} किंवा अधिक गुणांच्या {count} संभाव्य जुळण्या, सर्वोत्तम आधी. ती का जुळते हे पाहण्यासाठी एक निवडा; जोडण्यापूर्वी फोटो आणि कुटुंबाशी खात्री करा.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number} scores {score} out of 100.&lt;/b&gt; Why:</source>
        <translation>&lt;b&gt;{number} ला 100 पैकी {score} गुण.&lt;/b&gt; का:</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>का नाही:</translation>
    </message>
    <message>
        <source>the records do not fit</source>
        <translation>नोंदी जुळत नाहीत</translation>
    </message>
    <message>
        <source>Link against a contradiction</source>
        <translation>विसंगती असूनही जोडा</translation>
    </message>
    <message>
        <source>{found} and {case} contradict each other: {against}.
Link them only if you are sure (e.g. the family identified the person). Why are they the same person?</source>
        <translation>{found} आणि {case} एकमेकांशी विसंगत आहेत: {against}.
खात्री असेल तरच जोडा (उदा. कुटुंबाने व्यक्तीला ओळखले). ते एकच व्यक्ती का आहेत?</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>जोडा</translation>
    </message>
    <message>
        <source>Link {found} to {case}? Only when you are sure it is the same person.</source>
        <translation>{found} ला {case} शी जोडायचे? ती तीच व्यक्ती असल्याची खात्री असेल तेव्हाच.</translation>
    </message>
    <message>
        <source>{found} is linked to {case}.</source>
        <translation>{found} ला {case} शी जोडले.</translation>
    </message>
    <message>
        <source>Not a match</source>
        <translation>जुळत नाही</translation>
    </message>
    <message>
        <source>Why is {found} not the person of {case}? (e.g. the family saw the photo) It will not be proposed again.</source>
        <translation>{found} ही {case} मधील व्यक्ती का नाही? (उदा. कुटुंबाने फोटो पाहिला) हे पुन्हा सुचवले जाणार नाही.</translation>
    </message>
</context>
<context>
    <name>MatchesSection</name>
    <message>
        <source>The case is {status}: no longer matched.</source>
        <translation>प्रकरणाची स्थिती: {status}; आता जुळवणी केली जात नाही.</translation>
    </message>
    <message>
        <source>{found} is linked to this case. Record the trace when the person is identified and handed over.</source>
        <translation>{found} ला या प्रकरणाशी जोडले. व्यक्तीची ओळख पटून ताब्यात दिल्यावर शोध लागल्याची नोंद करा.</translation>
    </message>
</context>
<context>
    <name>MobileLine</name>
    <message>
        <source>e.g. 98200 12345</source>
        <translation>उदा. 98200 12345</translation>
    </message>
</context>
<context>
    <name>NamesEdit</name>
    <message>
        <source>in English letters, e.g. Priya Santosh Patil</source>
        <translation>इंग्रजी अक्षरांत, उदा. Priya Santosh Patil</translation>
    </message>
    <message>
        <source>मराठी / हिंदी, उदा. प्रिया पाटील</source>
        <translation>मराठी / हिंदी, उदा. प्रिया पाटील</translation>
    </message>
    <message>
        <source>+ Another spelling</source>
        <translation>+ दुसरे स्पेलिंग</translation>
    </message>
    <message>
        <source>another spelling</source>
        <translation>दुसरे स्पेलिंग</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Passphrase for {key}</source>
        <translation>{key} साठी सांकेतिक वाक्यांश</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {count} characters for {key}. It is asked each time a return is signed or opened, and it cannot be recovered: keep it where the station head can find it.</source>
        <translation>{key} साठी किमान {count} अक्षरांचा सांकेतिक वाक्यांश निवडा. प्रत्येक वेळी विवरणपत्रावर स्वाक्षरी करताना किंवा ते उघडताना तो विचारला जातो, आणि तो परत मिळवता येत नाही: ठाणेप्रमुखांना सापडेल अशा ठिकाणी ठेवा.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>सांकेतिक वाक्यांश</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>पुन्हा</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>सांकेतिक वाक्यांशात किमान {count} अक्षरे हवीत.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>दोन्ही सांकेतिक वाक्यांश वेगळे आहेत.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>At least {least} characters ({better} or more is better); not a common password; not containing the username.</source>
        <translation>किमान {least} अक्षरे ({better} किंवा अधिक चांगले); सर्वसाधारण पासवर्ड नव्हे; वापरकर्ता नाव असलेला नव्हे.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>वापरकर्ता जोडा</translation>
    </message>
    <message>
        <source>e.g. psi.more</source>
        <translation>उदा. psi.more</translation>
    </message>
    <message>
        <source>e.g. PSI, HC, ASI</source>
        <translation>उदा. PSI, HC, ASI</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>पूर्ण नाव</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>हुद्दा</translation>
    </message>
    <message>
        <source>Buckle number</source>
        <translation>बक्कल क्रमांक</translation>
    </message>
    <message>
        <source>Official phone</source>
        <translation>अधिकृत फोन</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>पहिला पासवर्ड</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>पहिला पासवर्ड पुन्हा</translation>
    </message>
    <message>
        <source>Give the first password to the officer in person; they must choose their own at their first logon. A writer&apos;s account takes effect at once; any other waits for a second person&apos;s approval (Administration → Requests).</source>
        <translation>पहिला पासवर्ड अधिकाऱ्याला प्रत्यक्ष द्या; त्यांनी पहिल्या लॉग-ऑनला स्वतःचा निवडावा. ठाणे अंमलदाराचे खाते लगेच लागू होते; इतर कोणतेही दुसऱ्या व्यक्तीच्या मंजुरीची वाट पाहते (प्रशासन → विनंत्या).</translation>
    </message>
    <message>
        <source>This asks the station head for the account. The station head who approves it sets the temporary password and gives it to the officer, who must choose their own at the first logon.</source>
        <translation>हे खात्यासाठी ठाणेप्रमुखांकडे विनंती करते. मंजुरी देणारे ठाणेप्रमुख तात्पुरता पासवर्ड ठेवतात आणि अधिकाऱ्याला देतात; अधिकाऱ्याने पहिल्या लॉग-ऑनला स्वतःचा निवडावा.</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>वापरकर्ता जोडा</translation>
    </message>
    <message>
        <source>Ask for the account</source>
        <translation>खाते मागा</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>दोन्ही पासवर्ड सारखे नाहीत.</translation>
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
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>विनंती</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>मंजूर</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>काढून घेतली</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>शेरा</translation>
    </message>
    <message>
        <source>Request a notice</source>
        <translation>सूचनेची विनंती करा</translation>
    </message>
    <message>
        <source>Ask for a lookout notice; the station head approves it.</source>
        <translation>शोधपत्रिकेची विनंती करा; ठाणेप्रमुख ती मंजूर करतात.</translation>
    </message>
    <message>
        <source>Ask for a help-identify notice; the station head approves it.</source>
        <translation>ओळख पटवण्यास मदत करणाऱ्या सूचनेची विनंती करा; ठाणेप्रमुख ती मंजूर करतात.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>मंजूर करा</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>नाकारा…</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>जारी करा</translation>
    </message>
    <message>
        <source>Print / image…</source>
        <translation>छपाई / चित्र…</translation>
    </message>
    <message>
        <source>Print the notice, save it as PDF, or as an image</source>
        <translation>सूचना छापा, PDF म्हणून किंवा चित्र म्हणून जतन करा</translation>
    </message>
    <message>
        <source>Withdrawn slip…</source>
        <translation>&apos;मागे घेतली&apos; चिठ्ठी…</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>मागे घेतली अशी खूण करा</translation>
    </message>
    <message>
        <source>The case&apos;s investigating officer or the station head requests a notice.</source>
        <translation>प्रकरणाचे तपास अधिकारी किंवा ठाणेप्रमुख सूचनेची विनंती करतात.</translation>
    </message>
    <message>
        <source>Notices are requested once the record is saved.</source>
        <translation>नोंद जतन झाल्यावर सूचनांची विनंती करता येते.</translation>
    </message>
    <message>
        <source>No notice can go out now. {reason}</source>
        <translation>आता कोणतीही सूचना जारी करता येत नाही. {reason}</translation>
    </message>
    <message>
        <source>No notice is out. The investigating officer of the case or the station head requests a notice; the station head approves it.</source>
        <translation>कोणतीही सूचना जारी नाही. प्रकरणाचे तपास अधिकारी किंवा ठाणेप्रमुख सूचनेची विनंती करतात; ठाणेप्रमुख ती मंजूर करतात.</translation>
    </message>
    <message>
        <source>No notice is out. An investigating officer or the station head requests a notice; the station head approves it.</source>
        <translation>कोणतीही सूचना जारी नाही. तपास अधिकारी किंवा ठाणेप्रमुख सूचनेची विनंती करतात; ठाणेप्रमुख ती मंजूर करतात.</translation>
    </message>
    <message>
        <source>{notice} waits for the station head&apos;s approval.</source>
        <translation>{notice} ठाणेप्रमुखांच्या मंजुरीची वाट पाहत आहे.</translation>
    </message>
    <message>
        <source>{notice} is approved: issuing it gives it its number.</source>
        <translation>{notice} मंजूर आहे: जारी केल्यावर तिला क्रमांक मिळतो.</translation>
    </message>
    <message>
        <source>{notice} is out: print it, or save it as an image for messaging groups.</source>
        <translation>{notice} जारी आहे: ती छापा, किंवा मेसेजिंग ग्रुपसाठी चित्र म्हणून जतन करा.</translation>
    </message>
    <message>
        <source>The person is no longer missing: take {label} down everywhere (walls, messaging groups), paste the withdrawn slip over the posters, then mark it withdrawn.</source>
        <translation>व्यक्ती आता बेपत्ता नाही: {label} सगळीकडून काढा (भिंती, मेसेजिंग ग्रुप), पोस्टरवर &apos;मागे घेतली&apos; चिठ्ठी चिकटवा, मग मागे घेतली अशी खूण करा.</translation>
    </message>
    <message>
        <source>No notice requested</source>
        <translation>सूचनेची विनंती झाली नाही</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>मंजूर झाले नाही</translation>
    </message>
    <message>
        <source>Refuse the notice</source>
        <translation>सूचना नाकारा</translation>
    </message>
    <message>
        <source>Why is {notice} refused? (The officer who asked reads this.)</source>
        <translation>{notice} का नाकारली? (विनंती करणारे अधिकारी हे वाचतात.)</translation>
    </message>
    <message>
        <source>Not refused</source>
        <translation>नाकारली गेली नाही</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>जारी झाली नाही</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>सूचना जारी केली</translation>
    </message>
    <message>
        <source>The notice is issued as {number}. Open it now to print it, save it, or save it as an image for messaging groups?</source>
        <translation>सूचना {number} म्हणून जारी केली. छापण्यासाठी, जतन करण्यासाठी किंवा मेसेजिंग ग्रुपसाठी चित्र म्हणून जतन करण्यासाठी आता उघडायची?</translation>
    </message>
    <message>
        <source>Has {notice} been taken down from every wall and recalled from the messaging groups? Marking it withdrawn records that it is no longer out.</source>
        <translation>{notice} प्रत्येक भिंतीवरून काढली आणि मेसेजिंग ग्रुपमधून मागे घेतली आहे का? मागे घेतली अशी खूण केल्याने ती आता प्रसारित नाही याची नोंद होते.</translation>
    </message>
    <message>
        <source>Not marked withdrawn</source>
        <translation>मागे घेतली अशी खूण झाली नाही</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Urgency</source>
        <translation>तातडी</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>मुदत</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>कालमर्यादा</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>नोंद</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>बालक</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>तपासी अधिकारी</translation>
    </message>
    <message>
        <source>child</source>
        <translation>बालक</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <source>Overdue and due within a day</source>
        <translation>मुदत उलटलेली आणि एका दिवसात संपणारी कामे</translation>
    </message>
    <message>
        <source>Assign &amp;IO…</source>
        <translation>तपासी अधिकारी नेमा (&amp;I)…</translation>
    </message>
    <message>
        <source>Name the investigating officer of the chosen case</source>
        <translation>निवडलेल्या प्रकरणाचा तपासी अधिकारी नेमा</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its case. On an &apos;IO to be assigned&apos; row, Assign IO names the officer. Deadlines are the station&apos;s settings; each deadline&apos;s name states the setting in force.</source>
        <translation>ओळीवर डबल-क्लिक करा किंवा Enter दाबा म्हणजे तिचे प्रकरण उघडेल. &apos;तपासी अधिकारी नेमणे बाकी&apos; ओळीवर &apos;तपासी अधिकारी नेमा&apos; ने अधिकारी नेमता येतो. कालमर्यादा ठाण्याच्या सेटिंग्जप्रमाणे आहेत; प्रत्येक कालमर्यादेच्या नावात लागू असलेली सेटिंग लिहिलेली आहे.</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a row to open its case. Deadlines are the station&apos;s settings; each deadline&apos;s name states the setting in force.</source>
        <translation>ओळीवर डबल-क्लिक करा किंवा Enter दाबा म्हणजे तिचे प्रकरण उघडेल. कालमर्यादा ठाण्याच्या सेटिंग्जप्रमाणे आहेत; प्रत्येक कालमर्यादेच्या नावात लागू असलेली सेटिंग लिहिलेली आहे.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड होत आहे…</translation>
    </message>
    <message>
        <source>The {shown} most urgent shown ({late} overdue, {soon} due within a day); more after them</source>
        <translation>सर्वात तातडीची {shown} दाखवली ({late} मुदत उलटलेली, {soon} एका दिवसात संपणारी); त्यानंतर आणखी आहेत</translation>
    </message>
    <message>
        <source>{late} overdue, {soon} due within a day</source>
        <translation>{late} मुदत उलटलेली, {soon} एका दिवसात संपणारी</translation>
    </message>
    <message>
        <source>Case {ref}, {name}</source>
        <translation>प्रकरण {ref}, {name}</translation>
    </message>
    <message>
        <source>Case {ref}</source>
        <translation>प्रकरण {ref}</translation>
    </message>
</context>
<context>
    <name>PackagesTab</name>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>कालावधी</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>केव्हा तयार केले</translation>
    </message>
    <message>
        <source>By</source>
        <translation>कोणी</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>नावे</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 फिंगरप्रिंट</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>{count} package(s) made here. HQ checks each package&apos;s number and its fingerprint (SHA-256); read the fingerprint out if HQ asks about a package.</source>
        <translation>इथे {count} पॅकेजेस तयार केली. मुख्यालय प्रत्येक पॅकेजचा क्रमांक आणि फिंगरप्रिंट (SHA-256) तपासते; मुख्यालयाने एखाद्या पॅकेजबद्दल विचारल्यास फिंगरप्रिंट वाचून दाखवा.</translation>
    </message>
    <message>
        <source>No return has been sent from this register yet.</source>
        <translation>या रजिस्टरमधून अद्याप कोणतेही विवरणपत्र पाठवलेले नाही.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>नावांसह</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>1 page</source>
        <translation>1 पान</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} पाने</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>छापा…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>म्हणून जतन करा…</translation>
    </message>
    <message>
        <source>Open in the PDF viewer</source>
        <translation>PDF दर्शकात उघडा</translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation>चित्र म्हणून जतन करा…</translation>
    </message>
    <message>
        <source>PNG or JPEG, 1600 pixels high: for messaging groups</source>
        <translation>PNG किंवा JPEG, 1600 पिक्सेल उंच: मेसेजिंग ग्रुपसाठी</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>प्रिंटर सुरू करता आला नाही.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>प्रिंटरकडे पाठवले.</translation>
    </message>
    <message>
        <source>Save the printout</source>
        <translation>छापील प्रत जतन करा</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{file} cannot be written: {problem}.</source>
        <translation>{file} लिहिता येत नाही: {problem}.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} जतन केले</translation>
    </message>
    <message>
        <source>Save the notice as an image</source>
        <translation>सूचना चित्र म्हणून जतन करा</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>PNG चित्र (*.png);;JPEG चित्र (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No folder is set for printouts.</source>
        <translation>छापील कागदपत्रांसाठी कोणतेही फोल्डर ठरवलेले नाही.</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Week</source>
        <translation>आठवडा</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>महिना</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>दिवस</translation>
    </message>
    <message>
        <source>January</source>
        <translation>जानेवारी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फेब्रुवारी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>एप्रिल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मे</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलै</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ऑगस्ट</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सप्टेंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ऑक्टोबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नोव्हेंबर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>डिसेंबर</translation>
    </message>
    <message>
        <source>Week {number} of {year}: {start} to {end}, this week (running)</source>
        <translation>{year} चा आठवडा {number}: {start} ते {end}, हा आठवडा (चालू)</translation>
    </message>
    <message>
        <source>Week {number} of {year}: {start} to {end}, last week</source>
        <translation>{year} चा आठवडा {number}: {start} ते {end}, मागील आठवडा</translation>
    </message>
    <message>
        <source>Week {number} of {year}: {start} to {end}</source>
        <translation>{year} चा आठवडा {number}: {start} ते {end}</translation>
    </message>
    <message>
        <source>{month} {year}, this month (running)</source>
        <translation>{month} {year}, हा महिना (चालू)</translation>
    </message>
    <message>
        <source>{month} {year}, last month</source>
        <translation>{month} {year}, मागील महिना</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ते</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>उर्फ नाव</translation>
    </message>
    <message>
        <source>nicknames, separated by commas</source>
        <translation>टोपणनावे, स्वल्पविरामाने वेगळी</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्मतारीख</translation>
    </message>
    <message>
        <source>The year alone will do (e.g. 2012); or give the age below.</source>
        <translation>फक्त वर्ष पुरेसे आहे (उदा. 2012); किंवा खाली वय लिहा.</translation>
    </message>
    <message>
        <source>e.g. 14, 12-14 or about 13</source>
        <translation>उदा. 14, 12-14 किंवा about 13</translation>
    </message>
    <message>
        <source>Age when missing</source>
        <translation>हरवले तेव्हाचे वय</translation>
    </message>
    <message>
        <source>When the date of birth is not known: 14, a range such as 12-14, or about 13.</source>
        <translation>जन्मतारीख माहीत नसल्यास: 14, 12-14 असा टप्पा, किंवा about 13.</translation>
    </message>
    <message>
        <source>Father&apos;s / mother&apos;s / husband&apos;s name</source>
        <translation>वडिलांचे / आईचे / पतीचे नाव</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>नाते</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयत्व</translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation>मातृभाषा</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>बोलल्या जाणाऱ्या भाषा</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>शिक्षण</translation>
    </message>
    <message>
        <source>e.g. Class 8</source>
        <translation>उदा. इयत्ता 8 वी</translation>
    </message>
    <message>
        <source>School</source>
        <translation>शाळा</translation>
    </message>
    <message>
        <source>Class and division</source>
        <translation>इयत्ता व तुकडी</translation>
    </message>
    <message>
        <source>Occupation / employer</source>
        <translation>व्यवसाय / मालक</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>वैवाहिक स्थिती</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>ओळखपत्रे</translation>
    </message>
    <message>
        <source>+ Add a document</source>
        <translation>+ ओळखपत्र जोडा</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पत्ते</translation>
    </message>
    <message>
        <source>+ Add an address</source>
        <translation>+ पत्ता जोडा</translation>
    </message>
    <message>
        <source>Phones, e-mail, handles</source>
        <translation>फोन, ई-मेल, सोशल मीडिया खाती</translation>
    </message>
    <message>
        <source>+ Add a contact</source>
        <translation>+ संपर्क जोडा</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Add photo…</source>
        <translation>फोटो जोडा…</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>मुख्य फोटो करा</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>काढा</translation>
    </message>
    <message>
        <source>Drop photo files here too (JPEG or PNG). ★ marks the primary photo.</source>
        <translation>फोटो फायली इथेही टाकता येतात (JPEG किंवा PNG). ★ मुख्य फोटो दाखवते.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>फोटो जोडा</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>फोटो (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>{file} is not a JPEG or PNG photo.</source>
        <translation>{file} हा JPEG किंवा PNG फोटो नाही.</translation>
    </message>
    <message>
        <source>{file} is not a photo that can be opened.</source>
        <translation>{file} हा उघडता येणारा फोटो नाही.</translation>
    </message>
    <message>
        <source>★ Primary</source>
        <translation>★ मुख्य</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>जतन केलेला</translation>
    </message>
    <message>
        <source>{width}×{height}, stored</source>
        <translation>{width}×{height}, जतन केलेला</translation>
    </message>
    <message>
        <source>★ Primary, not saved</source>
        <translation>★ मुख्य, जतन केलेला नाही</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>अद्याप जतन केलेला नाही</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक आहे</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>उघडा</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>टाकून द्या</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>जतन करू नका</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करा</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>पूर्वीसारखे करा</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मदत</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>होय (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नाही (&amp;N)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>थांबवा</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>पुन्हा प्रयत्न करा</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>दुर्लक्ष करा</translation>
    </message>
</context>
<context>
    <name>QuickEntryForm</name>
    <message>
        <source>More details ({key})</source>
        <translation>अधिक तपशील ({key})</translation>
    </message>
</context>
<context>
    <name>QuickEntrySection</name>
    <message>
        <source>Fields marked * are needed to save. The rest of the case can be filled in later (More details, {key}).</source>
        <translation>* खूण असलेले रकाने जतन करण्यासाठी आवश्यक आहेत. प्रकरणाचा उरलेला भाग नंतर भरता येतो (अधिक तपशील, {key}).</translation>
    </message>
    <message>
        <source>Name of the missing person</source>
        <translation>हरवलेल्या व्यक्तीचे नाव</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>वय</translation>
    </message>
    <message>
        <source>e.g. 14, 12-14 or about 13</source>
        <translation>उदा. 14, 12-14 किंवा about 13</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>जन्मतारीख</translation>
    </message>
    <message>
        <source>Or the age above; the year alone will do.</source>
        <translation>किंवा वरचे वय; फक्त वर्ष दिले तरी चालेल.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Last seen at</source>
        <translation>शेवटचे दिसले (वेळ)</translation>
    </message>
    <message>
        <source>Place last seen</source>
        <translation>शेवटचे दिसले ते ठिकाण</translation>
    </message>
    <message>
        <source>What happened (in the informant&apos;s words)</source>
        <translation>काय घडले (खबर देणाऱ्याच्या शब्दांत)</translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation>तक्रारदाराचे नाव</translation>
    </message>
    <message>
        <source>Relation to the missing person</source>
        <translation>हरवलेल्या व्यक्तीशी नाते</translation>
    </message>
    <message>
        <source>Complainant&apos;s mobile</source>
        <translation>तक्रारदाराचा मोबाइल</translation>
    </message>
    <message>
        <source>Reason, if known</source>
        <translation>कारण, माहीत असल्यास</translation>
    </message>
    <message>
        <source>An FIR is registered for this report</source>
        <translation>या तक्रारीवर एफआयआर दाखल आहे</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>एफआयआर</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>एफआयआर क्रमांक</translation>
    </message>
    <message>
        <source>e.g. 0412/2026</source>
        <translation>उदा. 0412/2026</translation>
    </message>
    <message>
        <source>FIR registered at</source>
        <translation>एफआयआर दाखल वेळ</translation>
    </message>
    <message>
        <source>+ Add an Act and section</source>
        <translation>+ अधिनियम व कलम जोडा</translation>
    </message>
    <message>
        <source>Acts and sections</source>
        <translation>अधिनियम व कलमे</translation>
    </message>
    <message>
        <source>Add the suggested sections ({key})</source>
        <translation>सुचवलेली कलमे जोडा ({key})</translation>
    </message>
    <message>
        <source>Why no FIR is registered (a child&apos;s case needs one)</source>
        <translation>एफआयआर का दाखल नाही (बालकाच्या प्रकरणात ती आवश्यक आहे)</translation>
    </message>
    <message>
        <source>Suggested for this case: {sections}</source>
        <translation>या प्रकरणासाठी सुचवलेली: {sections}</translation>
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
        <translation>संशयित कारण</translation>
    </message>
    <message>
        <source>Start with 8 (unknown / under investigation) if nothing is known yet.</source>
        <translation>अद्याप काहीच माहीत नसल्यास 8 (अज्ञात / तपास सुरू) ने सुरुवात करा.</translation>
    </message>
    <message>
        <source>Confirmed reason</source>
        <translation>निश्चित झालेले कारण</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>अद्याप निश्चित नाही</translation>
    </message>
    <message>
        <source>Usually set when the person is traced.</source>
        <translation>सहसा व्यक्तीचा शोध लागल्यावर भरले जाते.</translation>
    </message>
    <message>
        <source>FIR sections</source>
        <translation>एफआयआर कलमे</translation>
    </message>
    <message>
        <source>Presumed abduction / trafficking</source>
        <translation>अपहरण / मानवी तस्करी गृहीत</translation>
    </message>
    <message>
        <source>yes for every child (the rule)</source>
        <translation>प्रत्येक बालकासाठी होय (नियम)</translation>
    </message>
    <message>
        <source>Went against their will</source>
        <translation>इच्छेविरुद्ध गेले</translation>
    </message>
    <message>
        <source>as the reason says</source>
        <translation>कारणानुसार</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>शोषण</translation>
    </message>
    <message>
        <source>Inter-state</source>
        <translation>आंतरराज्य</translation>
    </message>
    <message>
        <source>Crosses the national border</source>
        <translation>देशाची सीमा ओलांडते</translation>
    </message>
    <message>
        <source>Sexual offence (no publicity without a recorded order)</source>
        <translation>लैंगिक गुन्हा (नोंदवलेल्या आदेशाशिवाय प्रसिद्धी नाही)</translation>
    </message>
    <message>
        <source>Order allowing publicity (sexual-offence or trafficking cases; the station head records it)</source>
        <translation>प्रसिद्धीस परवानगी देणारा आदेश (लैंगिक गुन्हा किंवा मानवी तस्करीची प्रकरणे; ठाणेप्रमुख नोंदवतात)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>आदेश देणारे</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>आदेश क्रमांक</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>आदेशाची तारीख</translation>
    </message>
    <message>
        <source>Court or committee</source>
        <translation>न्यायालय किंवा समिती</translation>
    </message>
    <message>
        <source>e.g. CWC Mumbai City</source>
        <translation>उदा. CWC मुंबई शहर</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>परवानगी</translation>
    </message>
    <message>
        <source>Suggested for the FIR: {sections} (add them in Report &amp; FIR)</source>
        <translation>एफआयआरसाठी सुचवलेली: {sections} (ती &apos;तक्रार व एफआयआर&apos; मध्ये जोडा)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>नाही</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; One thing to put right (click it to go there):</source>
        <translation>&lt;b&gt;जतन झाले नाही.&lt;/b&gt; एक गोष्ट दुरुस्त करायची आहे (तिथे जाण्यासाठी तिच्यावर क्लिक करा):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; {count} things to put right (click one to go there):</source>
        <translation>&lt;b&gt;जतन झाले नाही.&lt;/b&gt; {count} गोष्टी दुरुस्त करायच्या आहेत (तिथे जाण्यासाठी एकीवर क्लिक करा):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved yet.&lt;/b&gt; Nothing left to put right: save with Ctrl+S.</source>
        <translation>&lt;b&gt;अजून जतन झाले नाही.&lt;/b&gt; दुरुस्त करण्यासारखे काही उरले नाही: Ctrl+S ने जतन करा.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; {problem}&lt;br&gt;Everything you typed is still here, and kept as a draft.</source>
        <translation>&lt;b&gt;जतन झाले नाही.&lt;/b&gt; {problem}&lt;br&gt;तुम्ही टाइप केलेले सर्व इथे आहे, आणि मसुदा म्हणून राखून ठेवले आहे.</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>कृपया तपासा:</translation>
    </message>
    <message>
        <source>The draft could not be written: {reason}</source>
        <translation>मसुदा लिहिता आला नाही: {reason}</translation>
    </message>
    <message>
        <source>Your unsaved changes were restored from the draft. The record was changed on another desk after the draft was made, so your changes were put on top of the latest version: check them, then save.</source>
        <translation>तुमचे जतन न केलेले बदल मसुद्यातून परत आणले. मसुदा झाल्यानंतर दुसऱ्या टेबलावर नोंद बदलली होती, म्हणून तुमचे बदल नवीनतम आवृत्तीवर ठेवले आहेत: ते तपासा, मग जतन करा.</translation>
    </message>
    <message>
        <source>Restored the unsaved form kept at {when}. Check it, then save.</source>
        <translation>{when} रोजी राखून ठेवलेला जतन न केलेला फॉर्म परत आणला. तो तपासा, मग जतन करा.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Register No.</source>
        <translation>रजिस्टर क्र.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Also written / called</source>
        <translation>इतर लेखन / इतर नाव</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>वय</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>तक्रार दिनांक</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>शेवटचे पाहिले</translation>
    </message>
    <message>
        <source>Place last seen</source>
        <translation>शेवटचे पाहिल्याचे ठिकाण</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>एफआयआर</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>तपासी अधिकारी</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>मुदती</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>जुळणी</translation>
    </message>
    <message>
        <source>{age} (child)</source>
        <translation>{age} (बालक)</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>मुदत उलटली</translation>
    </message>
    <message>
        <source>{name}
Also: {other_names}</source>
        <translation>{name}
इतर नावे: {other_names}</translation>
    </message>
    <message>
        <source>A legal or SOP deadline has run out: open the case, or see Overdue.</source>
        <translation>कायदेशीर किंवा SOP ची मुदत उलटली आहे: प्रकरण उघडा, किंवा &apos;मुदत उलटलेली कामे&apos; पहा.</translation>
    </message>
    <message>
        <source>Fits the search {score} out of 100: {what}</source>
        <translation>शोधाशी 100 पैकी {score} जुळते: {what}</translation>
    </message>
    <message>
        <source>How well the name or number fits the search, out of 100 (best first)</source>
        <translation>नाव किंवा क्रमांक शोधाशी किती जुळतो, 100 पैकी (सर्वात जुळणारे आधी)</translation>
    </message>
    <message>
        <source>Click to sort the whole register by this column</source>
        <translation>संपूर्ण रजिस्टर या स्तंभानुसार लावण्यासाठी क्लिक करा</translation>
    </message>
    <message>
        <source>The register sorts by Register No. or by Reported</source>
        <translation>रजिस्टर &apos;रजिस्टर क्र.&apos; किंवा &apos;तक्रार दिनांक&apos; यानुसार लावता येते</translation>
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
        <translation>Enter: यादी (एकच प्रकरण सापडल्यास ते प्रकरण) · Down: यादी · {key}: गाळणी</translation>
    </message>
    <message>
        <source>{key} comes here; Tab to the other filters</source>
        <translation>{key} येथे आणते; इतर गाळण्यांसाठी Tab</translation>
    </message>
    <message>
        <source>Enter opens the case · Esc back to the search box</source>
        <translation>Enter ने प्रकरण उघडते · Esc ने परत शोध चौकटीत</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>शोधत आहे…</translation>
    </message>
    <message>
        <source>More than {cap} found, the best {shown} shown first</source>
        <translation>{cap} पेक्षा जास्त सापडली, सर्वात जुळणारी {shown} आधी दाखवली</translation>
    </message>
    <message>
        <source>{total} found, the best {shown} shown first</source>
        <translation>{total} सापडली, सर्वात जुळणारी {shown} आधी दाखवली</translation>
    </message>
    <message>
        <source>{total} found</source>
        <translation>{total} सापडली</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} प्रकरणे</translation>
    </message>
    <message>
        <source>{shown} of {total} cases shown — scroll for more</source>
        <translation>{total} पैकी {shown} प्रकरणे दाखवली — आणखी पाहण्यासाठी खाली सरका</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 प्रकरण</translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message>
        <source>Reported at</source>
        <translation>तक्रार दिल्याची वेळ</translation>
    </message>
    <message>
        <source>How reported</source>
        <translation>तक्रार कशी आली</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>माहितीचा प्रकार</translation>
    </message>
    <message>
        <source>Zero FIR from station</source>
        <translation>शून्य एफआयआर पाठवणारे ठाणे</translation>
    </message>
    <message>
        <source>Zero FIR number</source>
        <translation>शून्य एफआयआर क्रमांक</translation>
    </message>
    <message>
        <source>GD entry number</source>
        <translation>स्टेशन डायरी नोंद क्रमांक</translation>
    </message>
    <message>
        <source>e.g. GD 23/2026</source>
        <translation>उदा. GD 23/2026</translation>
    </message>
    <message>
        <source>GD entry at</source>
        <translation>स्टेशन डायरी नोंदीची वेळ</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>तक्रार घेणारे</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>तपास अधिकारी</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>अद्याप नेमलेले नाहीत</translation>
    </message>
    <message>
        <source>Juvenile welfare officer</source>
        <translation>बाल कल्याण पोलीस अधिकारी</translation>
    </message>
    <message>
        <source>Reason for any delay in reporting</source>
        <translation>तक्रार देण्यास उशीर झाल्यास त्याचे कारण</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>एफआयआर</translation>
    </message>
    <message>
        <source>An FIR is registered for this report</source>
        <translation>या तक्रारीवर एफआयआर दाखल आहे</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>एफआयआर क्रमांक</translation>
    </message>
    <message>
        <source>e.g. 0412/2026</source>
        <translation>उदा. 0412/2026</translation>
    </message>
    <message>
        <source>FIR registered at</source>
        <translation>एफआयआर दाखल वेळ</translation>
    </message>
    <message>
        <source>Action taken (item 13)</source>
        <translation>केलेली कारवाई (बाब 13)</translation>
    </message>
    <message>
        <source>Free copy given at</source>
        <translation>मोफत प्रत दिल्याची वेळ</translation>
    </message>
    <message>
        <source>Sent to the court at</source>
        <translation>न्यायालयाकडे पाठवल्याची वेळ</translation>
    </message>
    <message>
        <source>+ Add an Act and section</source>
        <translation>+ अधिनियम व कलम जोडा</translation>
    </message>
    <message>
        <source>Acts and sections</source>
        <translation>अधिनियम व कलमे</translation>
    </message>
    <message>
        <source>Add the suggested sections</source>
        <translation>सुचवलेली कलमे जोडा</translation>
    </message>
    <message>
        <source>Why no FIR is registered (a child&apos;s case needs one)</source>
        <translation>एफआयआर का दाखल नाही (बालकाच्या प्रकरणात आवश्यक)</translation>
    </message>
    <message>
        <source>Suggested for this case: {sections}</source>
        <translation>या प्रकरणासाठी सुचवलेली: {sections}</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Asked</source>
        <translation>केव्हा मागितले</translation>
    </message>
    <message>
        <source>By</source>
        <translation>कोणी</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>विनंती</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>निर्णय कोणी घेतला</translation>
    </message>
    <message>
        <source>Access until</source>
        <translation>परवानगी कधीपर्यंत</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रलंबित</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>मंजूर</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>नाकारली</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>मुदत संपली</translation>
    </message>
    <message>
        <source>role of {user}: {role}</source>
        <translation>{user} ची भूमिका: {role}</translation>
    </message>
    <message>
        <source>new account {user} ({name}): {role}</source>
        <translation>नवीन खाते {user} ({name}): {role}</translation>
    </message>
    <message>
        <source>password reset for {user}</source>
        <translation>{user} साठी पासवर्ड रीसेट</translation>
    </message>
    <message>
        <source>break-glass: read case records for {hours} h</source>
        <translation>ब्रेक-ग्लास: {hours} तास प्रकरणांच्या नोंदी वाचणे</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Waiting only</source>
        <translation>फक्त प्रलंबित</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>मंजूर करा</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>नाकारा…</translation>
    </message>
    <message>
        <source>Ask for case access (break-glass)…</source>
        <translation>प्रकरणांच्या नोंदी पाहण्याची परवानगी मागा (ब्रेक-ग्लास)…</translation>
    </message>
    <message>
        <source>Start case access</source>
        <translation>प्रकरणे पाहणे सुरू करा</translation>
    </message>
    <message>
        <source>End case access now</source>
        <translation>प्रकरणे पाहणे आता बंद करा</translation>
    </message>
    <message>
        <source>{count} request(s) wait. New accounts, role changes and password resets take effect only when a second person approves; break-glass lets an administrator read (never change) case records for the hours asked. Nobody decides their own request, nor one from an account they made or gave a password.</source>
        <translation>{count} विनंत्या प्रलंबित. नवीन खाती, भूमिका बदल आणि पासवर्ड रीसेट दुसरी व्यक्ती मंजूर करेल तेव्हाच लागू होतात; ब्रेक-ग्लासने प्रशासक मागितलेल्या तासांसाठी प्रकरणांच्या नोंदी वाचू शकतात (कधीही बदलू शकत नाहीत). कोणीही स्वतःच्या विनंतीवर, किंवा स्वतः बनवलेल्या वा पासवर्ड दिलेल्या खात्याच्या विनंतीवर निर्णय घेत नाही.</translation>
    </message>
    <message>
        <source>{count} request(s) wait. You decide the station head&apos;s requests; the station head decides yours. An approved break-glass request is started here and ends at the approved time, when the window is locked, or when you log out.</source>
        <translation>{count} विनंत्या प्रलंबित. ठाणेप्रमुखांच्या विनंत्यांवर तुम्ही निर्णय घेता; तुमच्या विनंत्यांवर ठाणेप्रमुख. मंजूर झालेली ब्रेक-ग्लास विनंती इथे सुरू होते आणि मंजूर वेळी, विंडो कुलूपबंद झाल्यावर किंवा तुम्ही लॉग आउट केल्यावर संपते.</translation>
    </message>
    <message>
        <source>Your requests; a second person decides them.</source>
        <translation>तुमच्या विनंत्या; त्यांच्यावर दुसरी व्यक्ती निर्णय घेते.</translation>
    </message>
    <message>
        <source>{state}. Open cases from the Register; close this access with &apos;End case access now&apos; as soon as the work is done.</source>
        <translation>{state}. प्रकरणे रजिस्टरमधून उघडा; काम झाल्यावर लगेच &apos;प्रकरणे पाहणे आता बंद करा&apos; ने ही परवानगी बंद करा.</translation>
    </message>
    <message>
        <source>Approve the request of {user}: {request}?
Reason given: {reason}</source>
        <translation>{user} यांची विनंती मंजूर करायची: {request}?
दिलेले कारण: {reason}</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>मंजूर झाले नाही</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>तात्पुरता पासवर्ड</translation>
    </message>
    <message>
        <source>Give {user} this temporary password in person: {password}
They must choose their own at the next logon.</source>
        <translation>{user} यांना हा तात्पुरता पासवर्ड प्रत्यक्ष द्या: {password}
पुढच्या लॉग-ऑनला त्यांनी स्वतःचा निवडावा.</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>विनंती नाकारा</translation>
    </message>
    <message>
        <source>Refuse the request of {user}: {request}?</source>
        <translation>{user} यांची विनंती नाकारायची: {request}?</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>विनंती पाठवली</translation>
    </message>
    <message>
        <source>The station head must approve it (Administration → Requests on their logon). Then choose the request here and start the access.</source>
        <translation>ठाणेप्रमुखांनी ती मंजूर करावी (त्यांच्या लॉग-ऑनवर प्रशासन → विनंत्या). मग इथे विनंती निवडा आणि परवानगी सुरू करा.</translation>
    </message>
    <message>
        <source>No case access</source>
        <translation>प्रकरणे पाहण्याची परवानगी नाही</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Due</source>
        <translation>मुदत</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>नोंद</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>कधीपासून मोजले</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>काय करावे</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>{record}: {years} years from {start}</source>
        <translation>{record}: {start} पासून {years} वर्षे</translation>
    </message>
    <message>
        <source>Retention periods (station settings, &apos;talash policy&apos;): {periods}. Nothing is deleted here: a record that need not be kept leaves the register only by the two-person destruction under an order.</source>
        <translation>जतन कालावधी (ठाण्याची सेटिंग, &apos;talash policy&apos;): {periods}. इथे काहीही काढले जात नाही: ठेवण्याची गरज नसलेली नोंद रजिस्टरमधून फक्त आदेशानुसार दोन व्यक्तींच्या नाशप्रक्रियेनेच जाते.</translation>
    </message>
    <message>
        <source>{count} records due for review, the earliest first.</source>
        <translation>आढाव्यासाठी देय {count} नोंदी, सर्वात आधीची प्रथम.</translation>
    </message>
    <message>
        <source>No record is due for review.</source>
        <translation>कोणतीही नोंद आढाव्यासाठी देय नाही.</translation>
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
        <translation>{unit} ({code}) · {period} · {when} रोजीचे आकडे.</translation>
    </message>
    <message>
        <source>For publication: {note}</source>
        <translation>प्रसिद्धीसाठी: {note}</translation>
    </message>
    <message>
        <source>Package SHA-256 {fingerprint}</source>
        <translation>पॅकेज SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>Annex: {count} children still untraced at the end of the period, oldest report first. It travels only inside the sealed package and in the station head&apos;s own copy.</source>
        <translation>परिशिष्ट: कालावधीच्या शेवटी अजूनही शोध न लागलेली {count} बालके, सर्वात जुनी तक्रार आधी. हे फक्त मोहोरबंद पॅकेजमध्ये आणि ठाणेप्रमुखांच्या स्वतःच्या प्रतीत जाते.</translation>
    </message>
</context>
<context>
    <name>ReturnKeys</name>
    <message>
        <source>Talash public key (*.json);;All files (*)</source>
        <translation>तलाश सार्वजनिक की (*.json);;सर्व फायली (*)</translation>
    </message>
    <message>
        <source>Once, before the first return: (1) create the station key, choosing its passphrase; (2) save its public key for HQ, send the file, and read its fingerprint to HQ by telephone; (3) install the key file HQ sends. Each week after that, &apos;Sign and export for HQ&apos; on the Return tab makes the package.</source>
        <translation>पहिल्या विवरणपत्रापूर्वी एकदाच: (1) सांकेतिक वाक्यांश निवडून ठाण्याची की तयार करा; (2) मुख्यालयासाठी तिची सार्वजनिक की जतन करा, फाइल पाठवा, आणि तिचा फिंगरप्रिंट मुख्यालयाला फोनवर वाचून दाखवा; (3) मुख्यालयाने पाठवलेली की फाइल बसवा. त्यानंतर दर आठवड्याला विवरणपत्र टॅबवरील &apos;स्वाक्षरी करून मुख्यालयासाठी निर्यात करा&apos; पॅकेज तयार करते.</translation>
    </message>
    <message>
        <source>Once: (1) create HQ&apos;s key, choosing its passphrase; (2) save its public key and send it to every station; (3) trust each station&apos;s public key file after reading its fingerprint back by telephone. Returns are then imported on the Import returns page.</source>
        <translation>एकदाच: (1) सांकेतिक वाक्यांश निवडून मुख्यालयाची की तयार करा; (2) तिची सार्वजनिक की जतन करून प्रत्येक ठाण्याला पाठवा; (3) प्रत्येक ठाण्याच्या सार्वजनिक की फाइलचा फिंगरप्रिंट फोनवर वाचून दाखवल्यानंतर तिच्यावर विश्वास ठेवा. त्यानंतर विवरणपत्रे &apos;विवरणपत्रे आयात करा&apos; पानावर आयात होतात.</translation>
    </message>
    <message>
        <source>This window does not know the data folder&apos;s keys directory.</source>
        <translation>डेटा फोल्डरमधील की ची निर्देशिका या विंडोला माहीत नाही.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>की चा सांकेतिक वाक्यांश</translation>
    </message>
    <message>
        <source>Type the passphrase of {key}:</source>
        <translation>{key} चा सांकेतिक वाक्यांश टाइप करा:</translation>
    </message>
</context>
<context>
    <name>ReturnTab</name>
    <message>
        <source>Show the return</source>
        <translation>विवरणपत्र दाखवा</translation>
    </message>
    <message>
        <source>For publication</source>
        <translation>प्रसिद्धीसाठी</translation>
    </message>
    <message>
        <source>Small counts hidden: counts from 1 to 4 are shown as &lt;5 (the station&apos;s threshold), and the counts that would give them away from the totals as x, as in anything published; HQ receives the exact figures.</source>
        <translation>लहान आकडे लपवलेले: 1 ते 4 पर्यंतचे आकडे &lt;5 असे दिसतात (ठाण्याची मर्यादा), आणि बेरजेतून ते उघड करू शकणारे आकडे x असे, प्रसिद्ध होणाऱ्या कोणत्याही गोष्टीप्रमाणे; मुख्यालयाला अचूक आकडे मिळतात.</translation>
    </message>
    <message>
        <source>Annex of untraced children</source>
        <translation>शोध न लागलेल्या बालकांचे परिशिष्ट</translation>
    </message>
    <message>
        <source>The station head&apos;s own copy of what HQ receives.</source>
        <translation>मुख्यालयाला जे मिळते त्याची ठाणेप्रमुखांची स्वतःची प्रत.</translation>
    </message>
    <message>
        <source>with names</source>
        <translation>नावांसह</translation>
    </message>
    <message>
        <source>Names of the untraced children in the annex and in the package: only when HQ asked.</source>
        <translation>परिशिष्टात व पॅकेजमध्ये शोध न लागलेल्या बालकांची नावे: फक्त मुख्यालयाने मागितल्यावर.</translation>
    </message>
    <message>
        <source>Sign and export for HQ…</source>
        <translation>स्वाक्षरी करून मुख्यालयासाठी निर्यात करा…</translation>
    </message>
    <message>
        <source>The station head signs the period&apos;s return with the station&apos;s key and seals it to HQ&apos;s key; the XLSX, CSV and PDF are written beside it.</source>
        <translation>ठाणेप्रमुख कालावधीच्या विवरणपत्रावर ठाण्याच्या कीने स्वाक्षरी करतात आणि ते मुख्यालयाच्या कीसाठी मोहोरबंद करतात; XLSX, CSV आणि PDF त्याच्या शेजारी लिहिल्या जातात.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>कालावधी</translation>
    </message>
    <message>
        <source>Choose a period and press Show the return.</source>
        <translation>कालावधी निवडा आणि &apos;विवरणपत्र दाखवा&apos; दाबा.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>विवरणपत्र</translation>
    </message>
    <message>
        <source>Counting {period}…</source>
        <translation>{period} ची मोजणी करत आहे…</translation>
    </message>
    <message>
        <source>Keys folder not known</source>
        <translation>की फोल्डर माहीत नाही</translation>
    </message>
    <message>
        <source>This window was started without the data folder&apos;s keys directory; export the return with &apos;talash return export&apos; instead.</source>
        <translation>ही विंडो डेटा फोल्डरच्या की निर्देशिकेशिवाय सुरू झाली आहे; त्याऐवजी &apos;talash return export&apos; ने विवरणपत्र निर्यात करा.</translation>
    </message>
    <message>
        <source>No station key yet</source>
        <translation>ठाण्याची की अद्याप नाही</translation>
    </message>
    <message>
        <source>This station has no signing key yet. The station head or the administrator makes it (Returns → Keys → Create the station key), hands its public key to HQ and installs HQ&apos;s key.</source>
        <translation>या ठाण्याची स्वाक्षरीची की अद्याप नाही. ठाणेप्रमुख किंवा प्रशासक ती तयार करतात (विवरणपत्रे → की → ठाण्याची की तयार करा), तिची सार्वजनिक की मुख्यालयाला देतात आणि मुख्यालयाची की बसवतात.</translation>
    </message>
    <message>
        <source>This station has no signing key yet; a return cannot be signed without it.

The steps: create the station key (now), save its public key for HQ and read its fingerprint to HQ by telephone, install the key file HQ sends.

Create the station key now?</source>
        <translation>या ठाण्याची स्वाक्षरीची की अद्याप नाही; तिच्याशिवाय विवरणपत्रावर स्वाक्षरी करता येत नाही.

पायऱ्या: ठाण्याची की तयार करा (आता), मुख्यालयासाठी तिची सार्वजनिक की जतन करा आणि तिचा फिंगरप्रिंट मुख्यालयाला फोनवर वाचून दाखवा, मुख्यालयाने पाठवलेली की फाइल बसवा.

ठाण्याची की आता तयार करायची?</translation>
    </message>
    <message>
        <source>The station key is on another computer</source>
        <translation>ठाण्याची की दुसऱ्या संगणकावर आहे</translation>
    </message>
    <message>
        <source>The station&apos;s signing key was made on another computer (its private half stays where it was made). Export the return there, or make a new key here (Returns → Keys); HQ must then trust the new key.</source>
        <translation>ठाण्याची स्वाक्षरीची की दुसऱ्या संगणकावर तयार केली होती (तिचा खाजगी भाग तिथेच राहतो). विवरणपत्र तिथून निर्यात करा, किंवा इथे नवीन की तयार करा (विवरणपत्रे → की); मग मुख्यालयाला नवीन कीवर विश्वास ठेवावा लागेल.</translation>
    </message>
    <message>
        <source>HQ&apos;s key is not installed</source>
        <translation>मुख्यालयाची की बसवलेली नाही</translation>
    </message>
    <message>
        <source>Returns are sealed to HQ&apos;s key, and it is not installed yet. Install the public key file HQ sent now?</source>
        <translation>विवरणपत्रे मुख्यालयाच्या कीसाठी मोहोरबंद होतात, आणि ती अद्याप बसवलेली नाही. मुख्यालयाने पाठवलेली सार्वजनिक की फाइल आता बसवायची?</translation>
    </message>
    <message>
        <source>The return cannot be exported</source>
        <translation>विवरणपत्र निर्यात करता येत नाही</translation>
    </message>
    <message>
        <source>Folder for the package and its files</source>
        <translation>पॅकेज व त्याच्या फायलींसाठी फोल्डर</translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation>स्वाक्षरी करून निर्यात करा</translation>
    </message>
    <message>
        <source>Sign and export the return for {period}?

The annex will carry the untraced children&apos;s NAMES (only if HQ asked).
The package and its XLSX, CSV and PDF go to {folder}.</source>
        <translation>{period} चे विवरणपत्र स्वाक्षरी करून निर्यात करायचे?

परिशिष्टात शोध न लागलेल्या बालकांची नावे असतील (फक्त मुख्यालयाने मागितल्यास).
पॅकेज आणि त्याच्या XLSX, CSV व PDF फायली {folder} मध्ये जातील.</translation>
    </message>
    <message>
        <source>Sign and export the return for {period}?

The annex lists the untraced children without names.
The package and its XLSX, CSV and PDF go to {folder}.</source>
        <translation>{period} चे विवरणपत्र स्वाक्षरी करून निर्यात करायचे?

परिशिष्टात शोध न लागलेल्या बालकांची यादी नावांशिवाय असेल.
पॅकेज आणि त्याच्या XLSX, CSV व PDF फायली {folder} मध्ये जातील.</translation>
    </message>
    <message>
        <source>the station&apos;s signing key</source>
        <translation>ठाण्याची स्वाक्षरीची की</translation>
    </message>
    <message>
        <source>Written beside it: {files}</source>
        <translation>शेजारी लिहिले: {files}</translation>
    </message>
    <message>
        <source>Package {seq} for {period} is ready: {file} in {folder}. SHA-256 {sha}. Send the file to HQ (e-mail or USB); sign the PDF for the file copy.</source>
        <translation>{period} साठी पॅकेज {seq} तयार आहे: {folder} मध्ये {file}. SHA-256 {sha}. फाइल मुख्यालयाला पाठवा (ई-मेल किंवा USB); दफ्तरी प्रतीसाठी PDF वर स्वाक्षरी करा.</translation>
    </message>
    <message>
        <source>Package for HQ</source>
        <translation>मुख्यालयासाठी पॅकेज</translation>
    </message>
    <message>
        <source>Signing the return for {period}…</source>
        <translation>{period} च्या विवरणपत्रावर स्वाक्षरी करत आहे…</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Returns to headquarters</source>
        <translation>मुख्यालयाला विवरणपत्रे</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>विवरणपत्र</translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation>पाठवलेली पॅकेजेस</translation>
    </message>
    <message>
        <source>Drives</source>
        <translation>मोहिमा</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>की</translation>
    </message>
</context>
<context>
    <name>ReviewLink</name>
    <message>
        <source>Possible matches to review: –</source>
        <translation>तपासायच्या संभाव्य जुळण्या: –</translation>
    </message>
    <message>
        <source>Possible matches to review: {count}</source>
        <translation>तपासायच्या संभाव्य जुळण्या: {count}</translation>
    </message>
    <message>
        <source>Found persons in care who may be missing persons of open cases: click to list them</source>
        <translation>ताब्यात असलेल्या सापडलेल्या व्यक्ती, ज्या चालू प्रकरणांतील बेपत्ता व्यक्ती असू शकतात: यादीसाठी क्लिक करा</translation>
    </message>
    <message>
        <source>No possible match waits for a decision</source>
        <translation>निर्णयासाठी कोणतीही संभाव्य जुळणी बाकी नाही</translation>
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
        <translation>काय सांगितले / तपशील</translation>
    </message>
</context>
<context>
    <name>RiskSection</name>
    <message>
        <source>Ask each question of the informant. ▲ marks a question whose Yes usually makes the risk High. Every missing child is presumed abducted or trafficked until shown otherwise: Medium is the usual starting grade for a child.</source>
        <translation>खबर देणाऱ्याला प्रत्येक प्रश्न विचारा. ▲ खूण असलेल्या प्रश्नाचे उत्तर होय असल्यास धोका सहसा जास्त ठरतो. अन्यथा सिद्ध होईपर्यंत प्रत्येक हरवलेल्या बालकाचे अपहरण किंवा मानवी तस्करी झाली असे गृहीत धरले जाते: बालकासाठी सुरुवातीची श्रेणी सहसा मध्यम असते.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>प्रश्नावली</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>अद्याप मूल्यांकन नाही</translation>
    </message>
    <message>
        <source>Risk grade</source>
        <translation>धोक्याची श्रेणी</translation>
    </message>
    <message>
        <source>Why this grade</source>
        <translation>ही श्रेणी का</translation>
    </message>
    <message>
        <source>Information from</source>
        <translation>माहिती कोणाकडून</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>पुढील आढाव्याची मुदत</translation>
    </message>
    <message>
        <source>Left empty, it follows from the grade (High: 1 day … no apparent risk: 14).</source>
        <translation>रिकामे ठेवल्यास श्रेणीनुसार ठरते (जास्त: 1 दिवस … उघड धोका नाही: 14).</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>आधीची मूल्यांकने</translation>
    </message>
    <message>
        <source>Yes to ▲ questions: consider High ({questions})</source>
        <translation>▲ प्रश्नांना होय: जास्त श्रेणीचा विचार करा ({questions})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>नाही</translation>
    </message>
    <message>
        <source>{when}: {grade} by {user}</source>
        <translation>{when}: {grade}, {user} यांनी ठरवली</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>New role for {name} ({user}). A role with fewer powers takes effect at once; one that gains any power waits for a second person&apos;s approval. Either is recorded with the reason.</source>
        <translation>{name} ({user}) साठी नवीन भूमिका. कमी अधिकारांची भूमिका लगेच लागू होते; कोणताही अधिकार वाढवणारी भूमिका दुसऱ्या व्यक्तीच्या मंजुरीची वाट पाहते. दोन्हीची कारणासह नोंद होते.</translation>
    </message>
    <message>
        <source>New role for {name} ({user}). The station head must approve the change before it takes effect.</source>
        <translation>{name} ({user}) साठी नवीन भूमिका. बदल लागू होण्यापूर्वी ठाणेप्रमुखांनी तो मंजूर करावा.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>भूमिका बदला</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>नवीन भूमिका</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>+ Add a row</source>
        <translation>+ ओळ जोडा</translation>
    </message>
    <message>
        <source>Remove this row (Ctrl+Delete)</source>
        <translation>ही ओळ काढा (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Quick report: the first minutes</source>
        <translation>झटपट तक्रार: पहिली काही मिनिटे</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>हरवलेली व्यक्ती</translation>
    </message>
    <message>
        <source>Description, marks &amp; photos</source>
        <translation>वर्णन, खुणा व फोटो</translation>
    </message>
    <message>
        <source>Clothing &amp; belongings</source>
        <translation>कपडे व सोबतच्या वस्तू</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>धोका</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>कारणे</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>जुळू शकणाऱ्या नोंदी</translation>
    </message>
    <message>
        <source>Lookout notices</source>
        <translation>शोधपत्रिका (लुकआउट नोटीस)</translation>
    </message>
    <message>
        <source>Report &amp; FIR</source>
        <translation>तक्रार व एफआयआर</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>घटनेची परिस्थिती</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>तक्रारदार</translation>
    </message>
    <message>
        <source>Action log</source>
        <translation>कारवाईची नोंदवही</translation>
    </message>
    <message>
        <source>Trace &amp; reunion</source>
        <translation>शोध व कुटुंबाशी भेट</translation>
    </message>
</context>
<context>
    <name>StaleDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(रिकामे)</translation>
    </message>
    <message>
        <source>Changed by another desk</source>
        <translation>दुसऱ्या डेस्कवरून बदलले</translation>
    </message>
    <message>
        <source>both</source>
        <translation>दोघांनी</translation>
    </message>
    <message>
        <source>&lt;b&gt;{message}&lt;/b&gt;&lt;br&gt;&lt;br&gt;What {user} changed is listed below. Rows marked &lt;span style=&apos;color:#b71c1c&apos;&gt;{both}&lt;/span&gt; were changed by you too: your value is kept when you re-apply, so check those before saving again.</source>
        <translation>&lt;b&gt;{message}&lt;/b&gt;&lt;br&gt;&lt;br&gt;{user} यांनी काय बदलले ते खाली दिले आहे. &lt;span style=&apos;color:#b71c1c&apos;&gt;{both}&lt;/span&gt; अशी खूण असलेल्या ओळी तुम्हीही बदलल्या आहेत: पुन्हा लागू केल्यावर तुमचे मूल्य ठेवले जाते, म्हणून पुन्हा जतन करण्यापूर्वी त्या तपासा.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>रकाना</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>आधी</translation>
    </message>
    <message>
        <source>They saved</source>
        <translation>त्यांनी जतन केले</translation>
    </message>
    <message>
        <source>You changed it too</source>
        <translation>तुम्हीही बदलले</translation>
    </message>
    <message>
        <source>Load their version and re-apply my changes</source>
        <translation>त्यांची आवृत्ती उघडा व माझे बदल पुन्हा लागू करा</translation>
    </message>
    <message>
        <source>Not now (keep my form as it is)</source>
        <translation>आत्ता नको (माझा फॉर्म आहे तसा ठेवा)</translation>
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
        <translation>अद्ययावत केल्याची वेळ (DD-MM-YYYY HH:MM)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Trace and reunion: {number} {name}</source>
        <translation>शोध आणि कुटुंबाशी भेट: {number} {name}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>काय घडले</translation>
    </message>
    <message>
        <source>Traced at</source>
        <translation>शोध लागल्याची वेळ</translation>
    </message>
    <message>
        <source>How traced</source>
        <translation>शोध कसा लागला</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ठिकाण</translation>
    </message>
    <message>
        <source>place, area</source>
        <translation>ठिकाण, परिसर</translation>
    </message>
    <message>
        <source>Relative to our station</source>
        <translation>आपल्या ठाण्याच्या हद्दीच्या दृष्टीने</translation>
    </message>
    <message>
        <source>District</source>
        <translation>जिल्हा</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Country (if abroad)</source>
        <translation>देश (परदेशात असल्यास)</translation>
    </message>
    <message>
        <source>Station informed at</source>
        <translation>ठाण्याला कळवल्याची वेळ</translation>
    </message>
    <message>
        <source>Matched on portal</source>
        <translation>कोणत्या पोर्टलवर जुळले</translation>
    </message>
    <message>
        <source>Portal match reference</source>
        <translation>पोर्टलवरील जुळणीचा संदर्भ</translation>
    </message>
    <message>
        <source>Drive (e.g. Operation Muskaan)</source>
        <translation>मोहीम (उदा. ऑपरेशन मुस्कान)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Found doing</source>
        <translation>सापडली तेव्हा काय करत होती</translation>
    </message>
    <message>
        <source>Found with</source>
        <translation>कोणासोबत सापडली</translation>
    </message>
    <message>
        <source>Traced by (name)</source>
        <translation>शोध घेणारे (नाव)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>हुद्दा</translation>
    </message>
    <message>
        <source>Buckle number</source>
        <translation>बक्कल क्रमांक</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>घटक</translation>
    </message>
    <message>
        <source>New FIR (offence found)</source>
        <translation>नवीन एफआयआर (गुन्हा आढळला)</translation>
    </message>
    <message>
        <source>Accused arrested</source>
        <translation>अटक केलेले आरोपी</translation>
    </message>
    <message>
        <source>Inquest / UIDB number</source>
        <translation>इन्क्वेस्ट / अनोळखी मृतदेह (UIDB) क्रमांक</translation>
    </message>
    <message>
        <source>Statement recorded</source>
        <translation>जबाब नोंदवला</translation>
    </message>
    <message>
        <source>Statement recorded by</source>
        <translation>जबाब नोंदवणारे</translation>
    </message>
    <message>
        <source>Do not disclose where the person is</source>
        <translation>व्यक्ती कुठे आहे हे उघड करू नका</translation>
    </message>
    <message>
        <source>How the trace came about</source>
        <translation>शोध कसा लागला (तपशील)</translation>
    </message>
    <message>
        <source>About the condition</source>
        <translation>स्थितीबद्दल</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <translation>वैद्यकीय तपासणी</translation>
    </message>
    <message>
        <source>Confirmed reason</source>
        <translation>निश्चित झालेले कारण</translation>
    </message>
    <message>
        <source>not confirmed yet</source>
        <translation>अद्याप निश्चित नाही</translation>
    </message>
    <message>
        <source>1  Trace</source>
        <translation>1  शोध</translation>
    </message>
    <message>
        <source>Produced before the CWC at</source>
        <translation>बाल कल्याण समितीसमोर हजर केल्याची वेळ</translation>
    </message>
    <message>
        <source>Child Welfare Committee</source>
        <translation>बाल कल्याण समिती</translation>
    </message>
    <message>
        <source>e.g. CWC Mumbai City</source>
        <translation>उदा. CWC मुंबई शहर</translation>
    </message>
    <message>
        <source>CWC order number</source>
        <translation>समितीचा आदेश क्रमांक</translation>
    </message>
    <message>
        <source>CWC order</source>
        <translation>समितीचा आदेश</translation>
    </message>
    <message>
        <source>Child care institution</source>
        <translation>बाल काळजी संस्था</translation>
    </message>
    <message>
        <source>Why no CWC production (adults)</source>
        <translation>समितीसमोर हजर का केले नाही (प्रौढ)</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>कोणाच्या ताब्यात दिले</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>नाते</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>दाखवलेला ओळखपुरावा</translation>
    </message>
    <message>
        <source>Its number</source>
        <translation>त्याचा क्रमांक</translation>
    </message>
    <message>
        <source>Identity document checked</source>
        <translation>ओळखपुरावा तपासला</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>ताब्यात दिल्याची वेळ</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>साक्षीदार (पंच)</translation>
    </message>
    <message>
        <source>Counselling done</source>
        <translation>समुपदेशन केले</translation>
    </message>
    <message>
        <source>Readmitted to school</source>
        <translation>शाळेत पुन्हा दाखल केले</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>पाठपुरावा</translation>
    </message>
    <message>
        <source>Safe-and-well check by</source>
        <translation>खुशाली तपासणी करणारे</translation>
    </message>
    <message>
        <source>Safe-and-well check at</source>
        <translation>खुशाली तपासणीची वेळ</translation>
    </message>
    <message>
        <source>Safe-and-well notes</source>
        <translation>खुशाली तपासणीचा शेरा</translation>
    </message>
    <message>
        <source>Return interview</source>
        <translation>परतल्यानंतरची मुलाखत</translation>
    </message>
    <message>
        <source>Interview by</source>
        <translation>मुलाखत घेणारे</translation>
    </message>
    <message>
        <source>Interview at</source>
        <translation>मुलाखतीची वेळ</translation>
    </message>
    <message>
        <source>2  Reunion</source>
        <translation>2  कुटुंबाशी भेट</translation>
    </message>
    <message>
        <source>Complainant informed at</source>
        <translation>तक्रारदाराला कळवल्याची वेळ</translation>
    </message>
    <message>
        <source>DLSA informed at</source>
        <translation>जिल्हा विधी सेवा प्राधिकरणाला कळवल्याची वेळ</translation>
    </message>
    <message>
        <source>Final report (FIR) reference</source>
        <translation>अंतिम अहवाल (एफआयआर) संदर्भ</translation>
    </message>
    <message>
        <source>+ Add a portal updated</source>
        <translation>+ अद्ययावत केलेले पोर्टल जोडा</translation>
    </message>
    <message>
        <source>Portal records updated</source>
        <translation>अद्ययावत केलेल्या पोर्टल नोंदी</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>अजून बाकी</translation>
    </message>
    <message>
        <source>3  Closure steps</source>
        <translation>3  प्रकरण बंद करण्याच्या पायऱ्या</translation>
    </message>
    <message>
        <source>Save this step</source>
        <translation>ही पायरी जतन करा</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>प्रकरण बंद करा</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>झाले</translation>
    </message>
    <message>
        <source>Nothing: the case can close.</source>
        <translation>काहीही नाही: प्रकरण बंद करता येईल.</translation>
    </message>
    <message>
        <source>CWC production {state}, {when}</source>
        <translation>बाल कल्याण समितीसमोर हजर करणे {state}, {when}</translation>
    </message>
    <message>
        <source>CWC production due {due}: OVERDUE by {late}</source>
        <translation>बाल कल्याण समितीसमोर हजर करण्याची मुदत {due}: {late} ने मुदत उलटली</translation>
    </message>
    <message>
        <source>CWC production due {due}: {left} left</source>
        <translation>बाल कल्याण समितीसमोर हजर करण्याची मुदत {due}: {left} बाकी</translation>
    </message>
    <message>
        <source>Trace recorded. Now record the CWC production and the handover.</source>
        <translation>शोधाची नोंद झाली. आता समितीसमोर हजर केल्याची आणि ताब्यात दिल्याची नोंद करा.</translation>
    </message>
    <message>
        <source>Reunion recorded.</source>
        <translation>कुटुंबाशी भेटीची नोंद झाली.</translation>
    </message>
    <message>
        <source>Closure steps recorded.</source>
        <translation>प्रकरण बंद करण्याच्या पायऱ्यांची नोंद झाली.</translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>जतन झाले नाही. {problem}</translation>
    </message>
    <message>
        <source>Not saved: put right what is marked in red.</source>
        <translation>जतन झाले नाही: लाल खूण केलेले दुरुस्त करा.</translation>
    </message>
    <message>
        <source>Case {number} is closed.</source>
        <translation>प्रकरण {number} बंद झाले.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>ही पायरी</translation>
    </message>
    <message>
        <source>Case {number} is traced. Before it can be closed:
{steps}</source>
        <translation>प्रकरण {number} मधील व्यक्तीचा शोध लागला आहे. ते बंद करण्यापूर्वी:
{steps}</translation>
    </message>
</context>
<context>
    <name>TraceSection</name>
    <message>
        <source>Deadline</source>
        <translation>मुदतीचे काम</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>मुदत</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>झाले</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Record the trace…</source>
        <translation>शोध लागल्याची नोंद करा…</translation>
    </message>
    <message>
        <source>Reunion and closure steps…</source>
        <translation>कुटुंबाशी भेट व प्रकरण बंद करण्याच्या पायऱ्या…</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>प्रकरण बंद करा…</translation>
    </message>
    <message>
        <source>The trace is recorded on a saved case.</source>
        <translation>शोध लागल्याची नोंद जतन केलेल्या प्रकरणावरच होते.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}. Not traced yet.</source>
        <translation>&lt;b&gt;स्थिती:&lt;/b&gt; {status}. अद्याप शोध लागलेला नाही.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traced&lt;/b&gt; {when} at {place} ({how}; condition: {condition}).</source>
        <translation>&lt;b&gt;शोध लागला&lt;/b&gt; {when} रोजी {place} येथे ({how}; स्थिती: {condition}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confirmed reason:&lt;/b&gt; {reason}.</source>
        <translation>&lt;b&gt;निश्चित झालेले कारण:&lt;/b&gt; {reason}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the CWC&lt;/b&gt; {when} ({committee}).</source>
        <translation>&lt;b&gt;बाल कल्याण समितीसमोर हजर&lt;/b&gt; {when} ({committee}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handed over&lt;/b&gt; {when} to {person}.</source>
        <translation>&lt;b&gt;ताब्यात दिले&lt;/b&gt; {when} रोजी {person} यांच्या.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}.&lt;br&gt;{trace}</source>
        <translation>&lt;b&gt;स्थिती:&lt;/b&gt; {status}.&lt;br&gt;{trace}</translation>
    </message>
</context>
<context>
    <name>TriChoice</name>
    <message>
        <source>as the rules decide</source>
        <translation>नियमांनुसार ठरेल</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>होय</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नाही</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Username</source>
        <translation>वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>हुद्दा</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Buckle No.</source>
        <translation>बक्कल क्र.</translation>
    </message>
    <message>
        <source>Official phone</source>
        <translation>अधिकृत फोन</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>पासून</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>मंजुरीच्या प्रतीक्षेत</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>कुलूपबंद</translation>
    </message>
    <message>
        <source>password reset waiting for approval</source>
        <translation>पासवर्ड रीसेट मंजुरीच्या प्रतीक्षेत</translation>
    </message>
    <message>
        <source>must choose a password</source>
        <translation>पासवर्ड निवडणे आवश्यक</translation>
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
        <translation>वापरकर्ता जोडा…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>कुलूप उघडा</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>पासवर्ड रीसेट करा…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>भूमिका बदला…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>निष्क्रिय करा…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>पुन्हा सक्रिय करा…</translation>
    </message>
    <message>
        <source>{count} accounts, {locked} locked after wrong passwords. Accounts are deactivated, never deleted: the register and the audit trail still name them.</source>
        <translation>{count} खाती, चुकीच्या पासवर्डमुळे {locked} कुलूपबंद. खाती निष्क्रिय केली जातात, कधीही काढली जात नाहीत: रजिस्टर आणि लेखापरीक्षण नोंदींमध्ये त्यांची नावे राहतात.</translation>
    </message>
    <message>
        <source>{count} accounts. Accounts are deactivated, never deleted: the register and the audit trail still name them.</source>
        <translation>{count} खाती. खाती निष्क्रिय केली जातात, कधीही काढली जात नाहीत: रजिस्टर आणि लेखापरीक्षण नोंदींमध्ये त्यांची नावे राहतात.</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>विनंती पाठवली</translation>
    </message>
    <message>
        <source>The account {user} waits for a second person&apos;s approval (Administration → Requests); it cannot log on until then.</source>
        <translation>खाते {user} दुसऱ्या व्यक्तीच्या मंजुरीची वाट पाहत आहे (प्रशासन → विनंत्या); तोपर्यंत ते लॉग ऑन करू शकत नाही.</translation>
    </message>
    <message>
        <source>Not unlocked</source>
        <translation>कुलूप उघडले नाही</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>कुलूप उघडले</translation>
    </message>
    <message>
        <source>{name} can log on again with their own password.</source>
        <translation>{name} स्वतःच्या पासवर्डने पुन्हा लॉग ऑन करू शकतात.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>पासवर्ड रीसेट करा</translation>
    </message>
    <message>
        <source>Ask for a temporary password for {name} ({user})? A second person must approve the reset; then their present password stops working and they must choose a new one at the next logon.</source>
        <translation>{name} ({user}) साठी तात्पुरता पासवर्ड मागायचा? रीसेटला दुसऱ्या व्यक्तीची मंजुरी लागते; मग त्यांचा सध्याचा पासवर्ड चालणार नाही आणि पुढच्या लॉग-ऑनला त्यांनी नवीन निवडावा.</translation>
    </message>
    <message>
        <source>Password not reset</source>
        <translation>पासवर्ड रीसेट झाला नाही</translation>
    </message>
    <message>
        <source>Reset requested</source>
        <translation>रीसेटची विनंती केली</translation>
    </message>
    <message>
        <source>Once the reset is approved, give {user} this temporary password in person: {password}
They must choose their own at the next logon.</source>
        <translation>रीसेट मंजूर झाल्यावर {user} यांना हा तात्पुरता पासवर्ड प्रत्यक्ष द्या: {password}
पुढच्या लॉग-ऑनला त्यांनी स्वतःचा निवडावा.</translation>
    </message>
    <message>
        <source>The station head who approves the reset (Administration → Requests) sets the temporary password and gives it to the officer.</source>
        <translation>रीसेट मंजूर करणारे ठाणेप्रमुख (प्रशासन → विनंत्या) तात्पुरता पासवर्ड ठेवतात आणि अधिकाऱ्याला देतात.</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>भूमिका बदलली</translation>
    </message>
    <message>
        <source>{name}&apos;s role is changed.</source>
        <translation>{name} यांची भूमिका बदलली आहे.</translation>
    </message>
    <message>
        <source>The change of {name}&apos;s role waits for a second person&apos;s approval (Administration → Requests).</source>
        <translation>{name} यांच्या भूमिकेतील बदल दुसऱ्या व्यक्तीच्या मंजुरीची वाट पाहत आहे (प्रशासन → विनंत्या).</translation>
    </message>
    <message>
        <source>Reactivate {name} ({user})? They can log on again.</source>
        <translation>{name} ({user}) यांना पुन्हा सक्रिय करायचे? ते पुन्हा लॉग ऑन करू शकतील.</translation>
    </message>
    <message>
        <source>Deactivate {name} ({user})? They can no longer log on; their name stays on the cases and in the audit trail.</source>
        <translation>{name} ({user}) यांना निष्क्रिय करायचे? ते यापुढे लॉग ऑन करू शकणार नाहीत; त्यांचे नाव प्रकरणांवर आणि लेखापरीक्षण नोंदींमध्ये राहते.</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>खाते पुन्हा सक्रिय करा</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>खाते निष्क्रिय करा</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>{name} — made {when}, {size}, encrypted</source>
        <translation>{name} — {when} रोजी केला, {size}, कूटबद्ध</translation>
    </message>
    <message>
        <source>{name} — made {when}, {size}, not encrypted</source>
        <translation>{name} — {when} रोजी केला, {size}, कूटबद्ध नाही</translation>
    </message>
    <message>
        <source>Talash backups (*.sqlite);;All files (*)</source>
        <translation>तलाश बॅकअप (*.sqlite);;सर्व फायली (*)</translation>
    </message>
    <message>
        <source>the check failed</source>
        <translation>तपासणी अयशस्वी झाली</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (आणि आणखी 1 दोष)</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (आणि आणखी {count} दोष)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>फक्त वाचण्यासाठी</translation>
    </message>
    <message>
        <source>READ-ONLY: the register failed its start-up check. Cases can be read, nothing can be saved. Restore the latest backup: Administration → Backups.</source>
        <translation>फक्त वाचण्यासाठी: रजिस्टर सुरुवातीच्या तपासणीत अयशस्वी झाले. प्रकरणे वाचता येतात, काहीही जतन करता येत नाही. सर्वात नवीन बॅकअप पुनर्स्थापित करा: प्रशासन → बॅकअप.</translation>
    </message>
    <message>
        <source>A station head or administrator restores the latest backup (Administration → Backups → Restore the selected…).
What SQLite reported: {problem}</source>
        <translation>ठाणेप्रमुख किंवा प्रशासक सर्वात नवीन बॅकअप पुनर्स्थापित करतात (प्रशासन → बॅकअप → निवडलेला पुनर्स्थापित करा…).
SQLite ने कळवलेले: {problem}</translation>
    </message>
</context>
<context>
    <name>flat</name>
    <message>
        <source>is required</source>
        <translation>आवश्यक आहे</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; ही पूर्ण संख्या नाही</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; ही संख्या नाही</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid choice</source>
        <translation>&apos;{text}&apos; हा योग्य पर्याय नाही</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Talash cannot start</source>
        <translation>तलाश सुरू होऊ शकत नाही</translation>
    </message>
    <message>
        <source>Demo station: log on as {people}; the password is {password}.</source>
        <translation>सराव ठाणे: {people} म्हणून लॉग ऑन करा; पासवर्ड {password} आहे.</translation>
    </message>
    <message>
        <source>Demo station</source>
        <translation>सराव ठाणे</translation>
    </message>
    <message>
        <source>Filling the demo station with invented cases…</source>
        <translation>सराव ठाण्यात काल्पनिक प्रकरणे भरत आहे…</translation>
    </message>
    <message>
        <source>Encrypted register</source>
        <translation>कूटबद्ध रजिस्टर</translation>
    </message>
    <message>
        <source>The register {register} is encrypted.
Type its passphrase:</source>
        <translation>रजिस्टर {register} कूटबद्ध आहे.
त्याचा सांकेतिक वाक्यांश टाइप करा:</translation>
    </message>
    <message>
        <source>The register is restored from {backup}.

The damaged register is kept as {copy}.

Log on to go on. Work saved after that backup was made must be entered again.</source>
        <translation>रजिस्टर {backup} मधून परत आणले आहे.

खराब झालेले रजिस्टर {copy} म्हणून ठेवले आहे.

पुढे जाण्यासाठी लॉग ऑन करा. तो बॅकअप घेतल्यानंतर जतन केलेले काम पुन्हा भरावे लागेल.</translation>
    </message>
    <message>
        <source>The register is restored from {backup}.

Log on to go on. Work saved after that backup was made must be entered again.</source>
        <translation>रजिस्टर {backup} मधून परत आणले आहे.

पुढे जाण्यासाठी लॉग ऑन करा. तो बॅकअप घेतल्यानंतर जतन केलेले काम पुन्हा भरावे लागेल.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>बॅकअप परत आणला</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>रजिस्टर खराब झाले आहे</translation>
    </message>
    <message>
        <source>The check of the whole register found damage:
{problem}

The window closes now; open forms are kept as drafts. The register is then opened again with the offer to restore the latest backup, or to go on read-only.</source>
        <translation>संपूर्ण रजिस्टरच्या तपासणीत बिघाड आढळला:
{problem}

खिडकी आता बंद होईल; उघडे फॉर्म मसुदे म्हणून ठेवले जातील. त्यानंतर रजिस्टर पुन्हा उघडेल, ताजा बॅकअप परत आणण्याच्या किंवा फक्त वाचनासाठी पुढे जाण्याच्या पर्यायासह.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The entry cannot be saved:</source>
        <translation>ही नोंद जतन करता येत नाही:</translation>
    </message>
    <message>
        <source>{problem}

Nothing was saved; everything you typed is still on the screen.</source>
        <translation>{problem}

काहीही जतन झाले नाही; तुम्ही टाइप केलेले सर्व पडद्यावर तसेच आहे.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>झाले नाही</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>जतन न केलेले बदल</translation>
    </message>
    <message>
        <source>{what} has changes that are not saved.</source>
        <translation>{what} मध्ये जतन न केलेले बदल आहेत.</translation>
    </message>
    <message>
        <source>Save them now? A draft is kept until you save or discard.</source>
        <translation>आता जतन करायचे? तुम्ही जतन करेपर्यंत किंवा टाकून देईपर्यंत मसुदा राखून ठेवला जातो.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Lookout notice (issued notices only)</source>
        <translation>शोधपत्रिका (जारी केलेल्या सूचना फक्त)</translation>
    </message>
    <message>
        <source>Found person notice</source>
        <translation>सापडलेल्या व्यक्तीची सूचना</translation>
    </message>
    <message>
        <source>&quot;Traced — notice withdrawn&quot; slip</source>
        <translation>&quot;शोध लागला — सूचना मागे घेतली&quot; चिठ्ठी</translation>
    </message>
    <message>
        <source>FIR (IIF-I)</source>
        <translation>एफआयआर (IIF-I)</translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation>प्रकरण पत्रक</translation>
    </message>
    <message>
        <source>Preparing: {paper}…</source>
        <translation>तयार करत आहे: {paper}…</translation>
    </message>
    <message>
        <source>Missing persons sheet ({count} notices)</source>
        <translation>बेपत्ता व्यक्तींचे पत्रक ({count} सूचना)</translation>
    </message>
    <message>
        <source>Missing persons sheet</source>
        <translation>बेपत्ता व्यक्तींचे पत्रक</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>पत्रक तयार करत आहे…</translation>
    </message>
</context>
</TS>
