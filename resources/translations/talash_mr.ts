<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr_IN" sourcelanguage="en">
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
</TS>
