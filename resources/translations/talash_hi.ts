<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
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
</TS>
