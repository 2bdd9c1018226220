<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
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
    <name>MobileLine</name>
    <message>
        <source>e.g. 98200 12345</source>
        <translation>जैसे 98200 12345</translation>
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
    <name>Section</name>
    <message>
        <source>Quick report: the first minutes</source>
        <translation>त्वरित रिपोर्ट: पहले कुछ मिनट</translation>
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
