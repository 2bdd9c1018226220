<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr_IN" sourcelanguage="en">
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
    <name>MobileLine</name>
    <message>
        <source>e.g. 98200 12345</source>
        <translation>उदा. 98200 12345</translation>
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
    <name>Section</name>
    <message>
        <source>Quick report: the first minutes</source>
        <translation>झटपट तक्रार: पहिली काही मिनिटे</translation>
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
