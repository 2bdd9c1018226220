"""The fixed wording of the printouts in English, Marathi and Hindi: one source for every label.

Each entry is ``key: (English, Marathi, Hindi)``. The FIR follows the IIF-I wording (BNSS s.173)
as the CCTNS prints give it; the notice wording is plain, for the public. Vocabulary labels (sex,
build, complexion …) come from resources/vocabulary.json through ``models.vocabulary`` instead.
"""

from __future__ import annotations

from types import MappingProxyType

LANGS = ("en", "mr", "hi")

_LABELS: dict[str, tuple[str, str, str]] = {
    # -- shared ------------------------------------------------------------------------------
    "page_of": ("Page {page} of {total}", "पृष्ठ {page} / {total}", "पृष्ठ {page} / {total}"),
    "police": ("Police", "पोलीस", "पुलिस"),
    "police_station": ("Police station", "पोलीस ठाणे", "थाना"),
    "years": ("years", "वर्षे", "वर्ष"),
    "nil": ("Nil", "निरंक", "शून्य"),
    "not_known": ("not known", "माहीत नाही", "ज्ञात नहीं"),
    "printed": ("Printed", "छपाई", "मुद्रण"),
    # -- FIR: header ---------------------------------------------------------------------------
    "fir_form": (
        "I.I.F.-I (Integrated Investigation Form-I)",
        "एकात्मिक अन्वेषण फॉर्म - I",
        "एकीकृत जाँच फार्म - I",
    ),
    "fir_title": ("FIRST INFORMATION REPORT", "प्रथम खबर अहवाल", "प्रथम सूचना रिपोर्ट"),
    "fir_under": (
        "(Under Section 173 B.N.S.S.)",
        "(भारतीय नागरिक सुरक्षा संहिता कलम 173 अन्वये)",
        "(धारा 173 बी.एन.एस.एस. के तहत)",
    ),
    "fir_no_short": ("FIR No.", "प्र.ख.अ. क्र.", "प्र.सू.रि. सं."),
    # -- FIR: items ----------------------------------------------------------------------------
    "fir_1": (
        "District / P.S. / Year / FIR No. / Date and time of FIR",
        "जिल्हा / पोलीस ठाणे / वर्ष / प्र.ख.अ. क्र. / दिनांक व वेळ",
        "जिला / थाना / वर्ष / प्र.सू.रि. सं. / दिनांक व समय",
    ),
    "district": ("District", "जिल्हा", "जिला"),
    "ps": ("P.S.", "पोलीस ठाणे", "थाना"),
    "year": ("Year", "वर्ष", "वर्ष"),
    "fir_no": ("FIR No.", "प्र.ख.अ. क्रमांक", "प्र.सू.रि. संख्या"),
    "fir_date": ("Date and time of FIR", "प्र.ख.अ. दिनांक व वेळ", "प्र.सू.रि. का दिनांक व समय"),
    "fir_2": ("Acts and Sections", "अधिनियम व कलमे", "अधिनियम एवं धाराएं"),
    "sno": ("S.No.", "अ.क्र.", "क्र.सं."),
    "act": ("Act", "अधिनियम", "अधिनियम"),
    "sections": ("Sections", "कलमे", "धाराएं"),
    "fir_3": (
        "Occurrence, information received, General Diary reference",
        "घटना, माहिती मिळाल्याची वेळ, स्टेशन डायरी संदर्भ",
        "घटना, सूचना प्राप्ति, सामान्य डायरी संदर्भ",
    ),
    "occurrence": (
        "(a) Occurrence (last seen)",
        "(अ) घटना (शेवटचे दिसले)",
        "(क) घटना (अंतिम बार देखा गया)",
    ),
    "day": ("Day", "वार", "दिन"),
    "date_from": ("Date from", "दिनांकापासून", "दिनांक से"),
    "date_to": ("Date to", "दिनांकापर्यंत", "दिनांक तक"),
    "time_period": ("Time period", "कालावधी", "समय अवधि"),
    "time_from": ("Time from", "वेळेपासून", "समय से"),
    "time_to": ("Time to", "वेळेपर्यंत", "समय तक"),
    "info_received": (
        "(b) Information received at P.S.",
        "(ब) पोलीस ठाण्यात माहिती मिळाली",
        "(ख) थाने पर सूचना प्राप्त",
    ),
    "gd_ref": (
        "(c) General Diary reference: entry no., date and time",
        "(क) स्टेशन डायरी संदर्भ: नोंद क्र., दिनांक व वेळ",
        "(ग) सामान्य डायरी संदर्भ: प्रविष्टि सं., दिनांक व समय",
    ),
    "fir_4": ("Type of information", "माहितीचा प्रकार", "सूचना का प्रकार"),
    "fir_5": ("Place of occurrence", "घटनास्थळ", "घटनास्थल"),
    "direction": (
        "(a) Direction and distance from P.S.; beat no.",
        "(अ) पोलीस ठाण्यापासून दिशा व अंतर; बीट क्र.",
        "(क) थाने से दिशा व दूरी; बीट सं.",
    ),
    "address": ("(b) Address", "(ब) पत्ता", "(ख) पता"),
    "outside_ps": (
        "(c) If outside the limits of this P.S.: P.S. and district",
        "(क) या ठाण्याच्या हद्दीबाहेर असल्यास: पोलीस ठाणे व जिल्हा",
        "(ग) यदि इस थाने की सीमा से बाहर: थाना एवं जिला",
    ),
    "fir_6": ("Complainant / Informant", "तक्रारदार / खबर देणारा", "शिकायतकर्ता / सूचनाकर्ता"),
    "c_name": ("(a) Name", "(अ) नाव", "(क) नाम"),
    "c_relative": (
        "(b) Father's / Husband's name",
        "(ब) वडिलांचे / पतीचे नाव",
        "(ख) पिता / पति का नाम",
    ),
    "c_birth": ("(c) Date / year of birth", "(क) जन्मदिनांक / वर्ष", "(ग) जन्म तिथि / वर्ष"),
    "c_nationality": ("(d) Nationality", "(ड) राष्ट्रीयत्व", "(घ) राष्ट्रीयता"),
    "c_uid": ("(e) UID no.", "(इ) यूआयडी क्र.", "(ङ) यू.आई.डी. सं."),
    "c_passport": (
        "(f) Passport no., date and place of issue",
        "(फ) पासपोर्ट क्र., दिनांक व ठिकाण",
        "(च) पासपोर्ट सं., जारी दिनांक व स्थान",
    ),
    "c_ids": ("(g) Identity documents", "(ग) ओळखपत्रे", "(छ) पहचान दस्तावेज"),
    "c_occupation": ("(h) Occupation", "(ह) व्यवसाय", "(ज) व्यवसाय"),
    "c_address": ("(i) Address", "(आय) पत्ता", "(झ) पता"),
    "c_phone": ("(j) Phone / mobile", "(ज) फोन / मोबाईल", "(ञ) फोन / मोबाइल"),
    "c_relation": ("Relation to the missing person", "हरवलेल्या व्यक्तीशी नाते", "गुमशुदा व्यक्ति से संबंध"),
    "c_seen": ("Saw the occurrence or heard of it", "घटना पाहिली की ऐकली", "घटना देखी या सुनी"),
    "seen": ("saw it", "पाहिली", "देखी"),
    "heard": ("heard of it", "ऐकली", "सुनी"),
    "doc_type": ("Document", "दस्तऐवज", "दस्तावेज"),
    "number": ("Number", "क्रमांक", "संख्या"),
    "kind": ("Type", "प्रकार", "प्रकार"),
    "fir_7": (
        "Details of known / suspected / unknown accused",
        "ज्ञात / संशयित / अज्ञात आरोपींचा तपशील",
        "ज्ञात / संदिग्ध / अज्ञात अभियुक्तों का विवरण",
    ),
    "name": ("Name", "नाव", "नाम"),
    "alias": ("Alias", "टोपणनाव", "उपनाम"),
    "accused_unknown": ("Unknown", "अज्ञात", "अज्ञात"),
    "relative": ("Relative's name", "नातेवाईकाचे नाव", "रिश्तेदार का नाम"),
    "present_address": ("Present address", "सध्याचा पत्ता", "वर्तमान पता"),
    "description": ("Description", "वर्णन", "विवरण"),
    "p_birth": (
        "Date of birth; age when missing",
        "जन्मदिनांक; हरवले तेव्हाचे वय",
        "जन्म तिथि; गुम होने के समय आयु",
    ),
    "p_relative": (
        "Father's / husband's / guardian's name",
        "वडील / पती / पालक यांचे नाव",
        "पिता / पति / अभिभावक का नाम",
    ),
    "p_address": ("Address", "पत्ता", "पता"),
    "fir_8": (
        "Reasons for delay in reporting by the complainant / informant",
        "तक्रार देण्यास उशीर झाल्याची कारणे",
        "शिकायतकर्ता / सूचनाकर्ता द्वारा रिपोर्ट करने में देरी के कारण",
    ),
    "no_delay": ("No delay", "उशीर नाही", "कोई देरी नहीं"),
    "fir_9": (
        "Particulars of properties of interest",
        "संबंधित मालमत्तेचा तपशील",
        "संबंधित संपत्ति का विवरण",
    ),
    "fir_10": ("Total value of property (Rs.)", "मालमत्तेचे एकूण मूल्य (रु.)", "संपत्ति का कुल मूल्य (रु.)"),
    "fir_11": (
        "Inquest report / U.D. case no., if any",
        "मरणोत्तर पंचनामा / अकस्मात मृत्यू क्र., असल्यास",
        "मृत्यु समीक्षा रिपोर्ट / यू.डी. केस सं., यदि कोई हो",
    ),
    "fir_12": ("First information contents", "प्रथम खबरेचा मजकूर", "प्रथम सूचना रिपोर्ट की विषय-वस्तु"),
    "missing_particulars": (
        "Particulars of the missing person",
        "हरवलेल्या व्यक्तीचा तपशील",
        "गुमशुदा व्यक्ति का विवरण",
    ),
    "fir_13": ("Action taken", "केलेली कारवाई", "की गई कार्यवाही"),
    "fir_13_note": (
        "Since the above information reveals commission of offence(s) u/s as mentioned at item "
        "no. 2:",
        "वरील माहितीवरून बाब क्र. 2 मध्ये नमूद कलमान्वये गुन्हा घडल्याचे दिसून येत असल्याने:",
        "चूँकि उपरोक्त सूचना से मद सं. 2 में उल्लिखित धाराओं के अंतर्गत अपराध होना पाया जाता है:",
    ),
    "read_over": (
        "F.I.R. read over to the complainant / informant in {language}, admitted to be correctly "
        "recorded and a copy given to the complainant / informant free of cost.",
        "प्रथम खबर तक्रारदार / खबर देणाऱ्यास {language} भाषेत वाचून दाखवली, ती बरोबर नोंदवल्याचे "
        "मान्य केले व तिची प्रत विनामूल्य दिली.",
        "प्रथम सूचना रिपोर्ट शिकायतकर्ता / सूचनाकर्ता को {language} में पढ़कर सुनाई गई, सही दर्ज "
        "होना स्वीकार किया गया और उसकी प्रति नि:शुल्क दी गई।",
    ),
    "copy_given": ("Copy given", "प्रत दिली", "प्रति दी गई"),
    "roac": ("R.O.A.C.", "वाचून दाखवले, मान्य केले व प्रत दिली", "पढ़कर सुनाया, स्वीकार किया, प्रति दी"),
    "fir_14": (
        "Signature / thumb impression of the complainant / informant",
        "तक्रारदार / खबर देणाऱ्याची सही / अंगठा",
        "शिकायतकर्ता / सूचनाकर्ता के हस्ताक्षर / अंगूठे का निशान",
    ),
    "oic_sign": (
        "Signature of the Officer in charge, Police Station",
        "प्रभारी अधिकारी, पोलीस ठाणे यांची सही",
        "थाना प्रभारी अधिकारी के हस्ताक्षर",
    ),
    "name_rank_no": ("Name, rank and no.", "नाव, पद व क्रमांक", "नाम, पद एवं सं."),
    "fir_15": (
        "Date and time of dispatch to the court",
        "न्यायालयाकडे रवाना केल्याचा दिनांक व वेळ",
        "न्यायालय को भेजने का दिनांक व समय",
    ),
    "not_dispatched": ("not yet dispatched", "अद्याप रवाना नाही", "अभी नहीं भेजा गया"),
    # -- lookout notices -----------------------------------------------------------------------
    "missing": ("MISSING", "हरवले आहे", "गुमशुदा"),
    "found_title": (
        "FOUND — HELP IDENTIFY",
        "सापडले आहे — ओळख पटवण्यास मदत करा",
        "मिला है — पहचान में मदद करें",
    ),
    "body_title": (
        "UNIDENTIFIED DEAD BODY — HELP IDENTIFY",
        "अनोळखी मृतदेह — ओळख पटवण्यास मदत करा",
        "अज्ञात शव — पहचान में मदद करें",
    ),
    "traced_title": (
        "TRACED — NOTICE WITHDRAWN",
        "शोध लागला — सूचना मागे घेतली",
        "मिल गया — सूचना वापस ली गई",
    ),
    "bulk_title": (
        "MISSING PERSONS — HAVE YOU SEEN THEM?",
        "हरवलेल्या व्यक्ती — आपण यांना पाहिले आहे का?",
        "गुमशुदा व्यक्ति — क्या आपने इन्हें देखा है?",
    ),
    "notice_no": ("Notice No.", "सूचना क्र.", "सूचना सं."),
    "issued_on": ("Date of issue", "जारी दिनांक", "जारी करने की तिथि"),
    "case_ref": ("Case ref.", "प्रकरण संदर्भ", "प्रकरण संदर्भ"),
    "n_name": ("Name", "नाव", "नाम"),
    "n_age": ("Age", "वय", "आयु"),
    "n_age_now": ("Age now", "सध्याचे वय", "वर्तमान आयु"),
    "n_apparent_age": ("Apparent age", "अंदाजे वय", "अनुमानित आयु"),
    "n_sex": ("Sex", "लिंग", "लिंग"),
    "n_height": ("Height", "उंची", "ऊँचाई"),
    "n_build": ("Build", "शरीरयष्टी", "शारीरिक बनावट"),
    "n_complexion": ("Complexion", "वर्ण", "रंग"),
    "n_hair": ("Hair", "केस", "बाल"),
    "n_eyes": ("Eyes", "डोळे", "आँखें"),
    "n_marks": ("Identification marks", "ओळखीच्या खुणा", "पहचान चिह्न"),
    "n_clothing": (
        "Clothing when last seen",
        "शेवटी दिसले तेव्हा अंगावरील कपडे",
        "अंतिम बार देखे जाने पर पहने कपड़े",
    ),
    "n_clothing_found": ("Clothing when found", "सापडले तेव्हा अंगावरील कपडे", "मिलने पर पहने कपड़े"),
    "n_languages": ("Languages spoken", "बोलत असलेल्या भाषा", "बोली जाने वाली भाषाएँ"),
    "n_condition": ("Please note", "कृपया लक्षात घ्या", "कृपया ध्यान दें"),
    "n_spectacles": ("wears spectacles", "चष्मा वापरतात", "चश्मा पहनते हैं"),
    "n_last_seen": ("Last seen", "शेवटचे दिसले", "अंतिम बार देखा गया"),
    "n_found": ("Found", "सापडले", "मिले"),
    "n_body_found": ("Body found", "मृतदेह सापडला", "शव मिला"),
    "n_inquest": ("Inquest / U.D. No.", "अकस्मात मृत्यू क्र.", "अप्राकृतिक मृत्यु सं."),
    "n_body_kept": ("Body kept at", "मृतदेह ठेवलेले ठिकाण", "शव रखा गया है"),
    "n_body": ("Body", "मृतदेह", "शव"),
    "n_photo_taken": ("Photo taken", "छायाचित्र दिनांक", "फोटो की तिथि"),
    "n_no_photo": ("No photo available", "छायाचित्र उपलब्ध नाही", "फोटो उपलब्ध नहीं"),
    "n_name_unknown": ("Name not known", "नाव माहीत नाही", "नाम ज्ञात नहीं"),
    "n_in_care": ("In the care of", "यांच्या देखरेखीखाली", "की देखरेख में"),
    "appeal_missing": (
        "Anyone who has seen this person or knows where they are, please inform the police at "
        "once.",
        "या व्यक्तीला कोणी पाहिले असल्यास किंवा त्यांच्याबद्दल माहिती असल्यास कृपया त्वरित पोलिसांना कळवा.",
        "यदि किसी ने इस व्यक्ति को देखा हो या इनके बारे में कोई जानकारी हो, तो कृपया तुरंत पुलिस को सूचित करें।",
    ),
    "appeal_found": (
        "If you know this person or their family, please inform the police.",
        "आपण या व्यक्तीला किंवा त्यांच्या कुटुंबियांना ओळखत असल्यास कृपया पोलिसांना कळवा.",
        "यदि आप इस व्यक्ति या इनके परिवार को जानते हैं, तो कृपया पुलिस को सूचित करें।",
    ),
    "appeal_body": (
        "If you recognise this person from the photo, the marks or the clothing, or know of "
        "someone missing who fits this description, please inform the police.",
        "छायाचित्र, खुणा किंवा कपड्यांवरून आपण या व्यक्तीला ओळखत असल्यास, किंवा या वर्णनाशी "
        "जुळणारी कोणी व्यक्ती हरवली असल्यास, कृपया पोलिसांना कळवा.",
        "यदि आप फोटो, निशानों या कपड़ों से इस व्यक्ति को पहचानते हैं, या इस विवरण से मिलता-जुलता "
        "कोई व्यक्ति गुमशुदा है, तो कृपया पुलिस को सूचित करें।",
    ),
    "do_not_approach": (
        "If the person is with others, do not approach them yourself: call the police.",
        "ही व्यक्ती इतरांसोबत दिसल्यास स्वतः जवळ जाऊ नका; पोलिसांना कळवा.",
        "यदि व्यक्ति किसी और के साथ दिखे तो स्वयं पास न जाएँ; पुलिस को सूचित करें।",
    ),
    "contact": ("Contact", "संपर्क", "संपर्क"),
    "io": ("Investigating officer", "तपास अधिकारी", "जाँच अधिकारी"),
    "emergency_112": ("Police emergency", "आपत्कालीन क्रमांक", "आपातकालीन नंबर"),
    "childline_1098": ("Child helpline", "बाल हेल्पलाइन", "चाइल्ड हेल्पलाइन"),
    "withdrawal_line": (
        "This notice is withdrawn once the person is traced.",
        "व्यक्तीचा शोध लागताच ही सूचना मागे घेतली जाते.",
        "व्यक्ति के मिलते ही यह सूचना वापस ले ली जाती है।",
    ),
    "withdrawal_line_found": (
        "This notice is withdrawn once the family is found.",
        "कुटुंबाचा शोध लागताच ही सूचना मागे घेतली जाते.",
        "परिवार के मिलते ही यह सूचना वापस ले ली जाती है।",
    ),
    "withdrawal_line_body": (
        "This notice is withdrawn once the body is identified.",
        "मृतदेहाची ओळख पटताच ही सूचना मागे घेतली जाते.",
        "शव की पहचान होते ही यह सूचना वापस ले ली जाती है।",
    ),
    "issued_by": ("Issued by", "जारी करणारे अधिकारी", "जारीकर्ता अधिकारी"),
    "slip_text": (
        "The person in lookout notice {notice} has been traced. Please take the notice down.",
        "शोध सूचना {notice} मधील व्यक्तीचा शोध लागला आहे. कृपया ही सूचना काढून टाका.",
        "तलाश सूचना {notice} वाला व्यक्ति मिल गया है। कृपया सूचना हटा दें।",
    ),
    "slip_found_text": (
        "The family of the person in notice {notice} has been found. Please take the notice down.",
        "सूचना {notice} मधील व्यक्तीच्या कुटुंबाचा शोध लागला आहे. कृपया ही सूचना काढून टाका.",
        "सूचना {notice} वाले व्यक्ति का परिवार मिल गया है। कृपया सूचना हटा दें।",
    ),
    "thanks": ("Thank you for your help.", "आपल्या सहकार्याबद्दल धन्यवाद.", "आपके सहयोग के लिए धन्यवाद।"),
    "withdrawn_on": ("Withdrawn on", "मागे घेतल्याचा दिनांक", "वापस लेने की तिथि"),
    # -- case sheet ----------------------------------------------------------------------------
    "sheet_title": (
        "CASE SHEET — MISSING PERSON",
        "प्रकरण पत्रक — हरवलेली व्यक्ती",
        "प्रकरण पत्रक — गुमशुदा व्यक्ति",
    ),
    "s_report": ("Report", "तक्रार", "रिपोर्ट"),
    "s_person": ("The missing person", "हरवलेली व्यक्ती", "गुमशुदा व्यक्ति"),
    "s_circumstances": ("Circumstances", "परिस्थिती", "परिस्थितियाँ"),
    "s_complainant": ("Complainant", "तक्रारदार", "शिकायतकर्ता"),
    "s_fir": ("FIR", "प्रथम खबर", "प्रथम सूचना रिपोर्ट"),
    "s_reasons": ("Reason", "कारण", "कारण"),
    "s_risk": ("Risk assessments", "जोखीम मूल्यांकन", "जोखिम आकलन"),
    "s_actions": ("Action log", "कारवाईची नोंद", "कार्यवाही लॉग"),
    "s_notices": ("Lookout notices", "शोध सूचना", "तलाश सूचनाएँ"),
    "s_clocks": ("Deadlines", "मुदती", "समय-सीमाएँ"),
    "s_trace": ("Trace and reunion", "शोध व पुनर्मिलन", "बरामदगी एवं पुनर्मिलन"),
    "s_status": ("Status history", "स्थितीचा इतिहास", "स्थिति इतिहास"),
    "confidential": (
        "CONFIDENTIAL — for the case file; not for publication",
        "गोपनीय — प्रकरण फाइलसाठी; प्रसिद्धीसाठी नाही",
        "गोपनीय — प्रकरण फ़ाइल हेतु; प्रकाशन हेतु नहीं",
    ),
    # -- HQ: possible matches across stations --------------------------------------------------
    "xm_title": (
        "Possible matches across stations",
        "पोलीस ठाण्यांदरम्यान संभाव्य जुळणी",
        "थानों के बीच संभावित मिलान",
    ),
    "xm_found": ("Found person", "सापडलेली व्यक्ती", "मिला व्यक्ति"),
    "xm_body": ("Unidentified body", "अनोळखी मृतदेह", "अज्ञात शव"),
    "xm_missing": ("Missing person", "हरवलेली व्यक्ती", "लापता व्यक्ति"),
    "xm_score": ("Score", "गुण", "अंक"),
    "xm_why": ("Why", "जुळणारे मुद्दे", "मिलते बिंदु"),
    "xm_why_not": ("Why not", "विसंगती", "विसंगतियाँ"),
    "xm_station": ("Station", "पोलीस ठाणे", "थाना"),
    "xm_contact": ("Contact", "संपर्क", "संपर्क"),
    "xm_ref": ("Register no.", "नोंद क्रमांक", "रजिस्टर सं."),
    "xm_name": ("Name", "नाव", "नाम"),
    "xm_age_sex": ("Age, sex", "वय, लिंग", "आयु, लिंग"),
    "xm_date": ("Last seen / found", "शेवटचे दिसले / सापडले", "अंतिम बार देखा / मिला"),
    "xm_sent": ("Notice sent to", "सूचना पाठवली", "सूचना भेजी"),
    "xm_none": (
        "No possible match at or above the threshold.",
        "मर्यादेइतकी किंवा अधिक संभाव्य जुळणी नाही.",
        "सीमा या उससे अधिक का कोई संभावित मिलान नहीं।",
    ),
}

LABELS: MappingProxyType[str, tuple[str, str, str]] = MappingProxyType(_LABELS)


def text(key: str, lang: str = "en") -> str:
    """The label ``key`` in ``lang`` ("en", "mr" or "hi"; English for anything else)."""
    en, mr, hi = LABELS[key]
    return {"mr": mr, "hi": hi}.get(lang, en)


def wordings(key: str, lang: str) -> list[str]:
    """The label in English, then in ``lang`` where that differs: one line each on the page."""
    return list(dict.fromkeys([text(key, "en"), text(key, lang)]))


def pair(english: str, local: str, sep: str = " / ") -> str:
    """English, then the local wording where it differs ("Thin / सडपातळ")."""
    return english if local == english else f"{english}{sep}{local}"


def both(key: str, lang: str, sep: str = " / ") -> str:
    """English, then the station's language (just English when ``lang`` is English)."""
    return pair(text(key, "en"), text(key, lang), sep)


def check_lang(lang: str) -> str:
    """``lang`` if the printouts speak it; ValueError otherwise."""
    if lang not in LANGS:
        raise ValueError(f"printouts are in English with Marathi (mr) or Hindi (hi), not {lang!r}")
    return lang
