<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
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
    <name>Section</name>
    <message>
        <source>Quick report: the first minutes</source>
        <translation>त्वरित रिपोर्ट: पहले कुछ मिनट</translation>
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
