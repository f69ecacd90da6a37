"""Welsh and Arabic for the demo's handbook pages under "Ways of working" and "Getting started"
(handbook.demo_pages).

Machine-quality translations written for the demo, like cms/demo_translation_texts.py: English
source text -> (Welsh, Arabic). People's names stay as they are.
"""

TEXTS = {
    # Styles of working
    "Styles of working": ("Arddulliau gweithio", "أساليب العمل"),
    "Patience, generosity, sharing and fun: the styles members say make the difference.": (
        "Amynedd, haelioni, rhannu a hwyl: yr arddulliau sy'n gwneud y gwahaniaeth, medd yr aelodau.",
        "الصبر والكرم والمشاركة والمرح: الأساليب التي يقول الأعضاء إنها تصنع الفرق.",
    ),
    "Taking part on your own terms": ("Cymryd rhan ar eich telerau eich hun", "المشاركة بشروطك أنت"),
    "Everyone gives what time they have, at their own pace. The only commitments are the ones people choose "
    "for themselves, and stepping back is always fine.": (
        "Mae pawb yn rhoi'r amser sydd ganddyn nhw, ar eu cyflymder eu hunain. Yr unig ymrwymiadau yw'r rhai y "
        "mae pobl yn eu dewis drostyn nhw eu hunain, ac mae camu'n ôl bob amser yn iawn.",
        "يعطي كلٌّ منا ما لديه من وقت، وعلى مهله. لا التزامات إلا تلك التي يختارها الناس لأنفسهم، والتراجع "
        "خطوةً إلى الوراء مقبول دائمًا.",
    ),
    "Patience": ("Amynedd", "الصبر"),
    "You can plan a campaign in a weekend, but you cannot plan trust. It arrives when it is ready.": (
        "Gallwch gynllunio ymgyrch mewn penwythnos, ond allwch chi ddim cynllunio ymddiriedaeth. Mae'n cyrraedd "
        "pan fydd hi'n barod.",
        "يمكنك أن تخطّط لحملة في عطلة نهاية أسبوع، لكنك لا تستطيع أن تخطّط للثقة. إنها تأتي حين تكون جاهزة.",
    ),
    "Host, Riverside tenants' forum": ("Gwesteiwr, fforwm tenantiaid Riverside", "مضيف منتدى مستأجري ريفرسايد"),
    "Talk at the spring gathering of northern networks, April 2021.": (
        "Sgwrs yng nghynulliad gwanwyn rhwydweithiau'r gogledd, Ebrill 2021.",
        "كلمة في لقاء الربيع لشبكات الشمال، أبريل 2021.",
    ),
    "We ask a lot of people and we know most of them already give more than they have.": (
        "Rydyn ni'n gofyn llawer gan bobl, a gwyddom fod y rhan fwyaf ohonyn nhw eisoes yn rhoi mwy nag sydd "
        "ganddyn nhw.",
        "نطلب من الناس الكثير، ونعرف أن معظمهم يعطون أصلًا أكثر مما لديهم.",
    ),
    "Co-ordinator, Valley mutual-aid group": (
        "Cydlynydd, grŵp cyd-gymorth y Cwm",
        "منسّقة مجموعة العون المتبادل في الوادي",
    ),
    "Newsletter of the Valley mutual-aid group, issue 12, 2021.": (
        "Cylchlythyr grŵp cyd-gymorth y Cwm, rhifyn 12, 2021.",
        "النشرة الإخبارية لمجموعة العون المتبادل في الوادي، العدد 12، 2021.",
    ),
    "Generosity": ("Haelioni", "الكرم"),
    "However good your idea is, someone nearby is already working on something like it. Before starting "
    "from scratch, go and find them and ask how your idea could help theirs.": (
        "Waeth pa mor dda yw eich syniad, mae rhywun gerllaw eisoes yn gweithio ar rywbeth tebyg. Cyn dechrau "
        "o'r newydd, ewch i chwilio amdanyn nhw a gofyn sut y gallai eich syniad chi helpu'u syniad nhw.",
        "مهما كانت فكرتك جيدة، فثمّة من يعمل قريبًا منك على شيء يشبهها. قبل أن تبدأ من الصفر، ابحث عنهم "
        "واسألهم كيف يمكن لفكرتك أن تساعد فكرتهم.",
    ),
    "Paraphrased from a workshop on collaboration held by members, 2022.": (
        "Wedi'i aralleirio o weithdy ar gydweithio a gynhaliwyd gan aelodau, 2022.",
        "بتصرّف عن ورشة عمل حول التعاون عقدها الأعضاء، 2022.",
    ),
    "Sharing what we learn": ("Rhannu'r hyn a ddysgwn", "مشاركة ما نتعلّمه"),
    "Sharing is a way of caring for the people who come next.": (
        "Mae rhannu yn ffordd o ofalu am y bobl sy'n dod ar ein hôl.",
        "المشاركة طريقة للعناية بمن يأتون بعدنا.",
    ),
    "Sharing forward": ("Rhannu ymlaen", "المشاركة إلى الأمام"),
    "How does your group pass on what it learned to groups that start later? Examples of notes, buddying or "
    "open meetings are all welcome.": (
        "Sut mae eich grŵp yn trosglwyddo'r hyn a ddysgodd i grwpiau sy'n dechrau'n hwyrach? Croeso i "
        "enghreifftiau o nodiadau, cyfeillio neu gyfarfodydd agored.",
        "كيف تنقل مجموعتك ما تعلّمته إلى مجموعات تبدأ لاحقًا؟ نرحّب بأمثلة من ملاحظات مكتوبة أو مرافقة أو "
        "اجتماعات مفتوحة.",
    ),
    "Courage and encouragement": ("Dewrder a chalonogi", "الشجاعة والتشجيع"),
    "What helps people feel braver": (
        "Beth sy'n helpu pobl i deimlo'n ddewrach",
        "ما الذي يساعد الناس على الشعور بشجاعة أكبر",
    ),
    "Both words come from the old word for heart. Which habits in your group help people feel able to act?": (
        "Daw 'calonogi' o'r gair 'calon'. Pa arferion yn eich grŵp sy'n helpu pobl i deimlo y gallan nhw weithredu?",
        "في الإنجليزية تعود الكلمتان إلى كلمة قديمة تعني القلب. ما العادات في مجموعتك التي تساعد الناس على "
        "الشعور بأنهم قادرون على الفعل؟",
    ),
    "Fun and celebration": ("Hwyl a dathlu", "المرح والاحتفال"),
    "Eating together, music and marking small wins keep people coming back. A network that never celebrates "
    "soon feels like work.": (
        "Mae bwyta gyda'n gilydd, cerddoriaeth a nodi buddugoliaethau bach yn denu pobl yn ôl. Mae rhwydwaith "
        "nad yw byth yn dathlu yn teimlo fel gwaith cyn bo hir.",
        "الأكل معًا والموسيقى والاحتفاء بالانتصارات الصغيرة تجعل الناس يعودون. والشبكة التي لا تحتفل أبدًا "
        "سرعان ما تصبح عبئًا يشبه العمل.",
    ),
    # Becoming closer and better connected
    "Becoming closer and better connected": (
        "Dod yn agosach ac wedi'n cysylltu'n well",
        "التقارب وتحسين التواصل",
    ),
    "What networking the networks is for, and how we could do it better.": (
        "Beth yw diben rhwydweithio'r rhwydweithiau, a sut y gallen ni ei wneud yn well.",
        "ما الغاية من ربط الشبكات ببعضها، وكيف يمكننا أن نفعل ذلك على نحو أفضل.",
    ),
    "Networks getting closer": ("Rhwydweithiau'n dod yn agosach", "شبكات تتقارب"),
    "Networking the networks means groups that already exist finding each other, swapping what works and "
    "lending a hand, without merging into one organisation.": (
        "Mae rhwydweithio'r rhwydweithiau yn golygu bod grwpiau sydd eisoes yn bodoli yn dod o hyd i'w gilydd, "
        "yn cyfnewid yr hyn sy'n gweithio ac yn rhoi help llaw, heb uno'n un sefydliad.",
        "ربط الشبكات ببعضها يعني أن تجد المجموعات القائمة بعضها بعضًا، فتتبادل ما ينجح وتمدّ يد العون، من "
        "دون أن تندمج في منظمة واحدة.",
    ),
    "The real database of a movement is the people who know who to call. Every favour adds a row.": (
        "Cronfa ddata go iawn mudiad yw'r bobl sy'n gwybod pwy i'w ffonio. Mae pob cymwynas yn ychwanegu rhes.",
        "قاعدة البيانات الحقيقية لأيّ حركة هي الناس الذين يعرفون بمن يتّصلون. كل معروف يضيف سطرًا.",
    ),
    "Organiser, Eastside community network": (
        "Trefnydd, rhwydwaith cymunedol Eastside",
        "منظِّم في شبكة إيستسايد المجتمعية",
    ),
    "Interview for the network's newsletter, 2022.": (
        "Cyfweliad ar gyfer cylchlythyr y rhwydwaith, 2022.",
        "مقابلة لنشرة الشبكة الإخبارية، 2022.",
    ),
    "Across generations": ("Ar draws y cenedlaethau", "عبر الأجيال"),
    "Are we doing enough to hear younger people's plans, and to value what older members know? Neither has "
    "to split us: it can make us more of one.": (
        "A ydyn ni'n gwneud digon i glywed cynlluniau pobl iau, ac i werthfawrogi'r hyn y mae aelodau hŷn yn "
        "ei wybod? Does dim rhaid i'r naill na'r llall ein hollti: gall ein gwneud yn fwy unedig.",
        "هل نفعل ما يكفي لنسمع خطط الأصغر سنًّا، ولنقدّر ما يعرفه الأعضاء الأكبر سنًّا؟ لا يلزم أن يفرّقنا "
        "أيّ من الأمرين: بل يمكن أن يزيدنا وحدة.",
    ),
    "Part of wider movements": ("Rhan o fudiadau ehangach", "جزء من حركات أوسع"),
    "Some networks focus on climate, some on democracy, some on local economies. Different themes need not "
    "keep us apart.": (
        "Mae rhai rhwydweithiau'n canolbwyntio ar yr hinsawdd, rhai ar ddemocratiaeth, rhai ar economïau lleol. "
        "Does dim rhaid i themâu gwahanol ein cadw ar wahân.",
        "تركّز بعض الشبكات على المناخ، وبعضها على الديمقراطية، وبعضها على الاقتصادات المحلية. ولا داعي لأن "
        "تفرّقنا الموضوعات المختلفة.",
    ),
    "Could we add something on sharing resources across movements? Suggestions welcome.": (
        "A allen ni ychwanegu rhywbeth am rannu adnoddau rhwng mudiadau? Croeso i awgrymiadau.",
        "هل يمكننا أن نضيف شيئًا عن تقاسم الموارد بين الحركات؟ نرحّب بالاقتراحات.",
    ),
    "Not in competition": ("Nid mewn cystadleuaeth", "لسنا في منافسة"),
    "Petitions, marches and campaigns do a lot of good. What we offer sits alongside them, as one more way "
    "for people to act where they live.": (
        "Mae deisebau, gorymdeithiau ac ymgyrchoedd yn gwneud llawer o les. Mae'r hyn a gynigiwn ni yn sefyll "
        "ochr yn ochr â nhw, fel un ffordd arall i bobl weithredu lle maen nhw'n byw.",
        "العرائض والمسيرات والحملات تفعل خيرًا كثيرًا. وما نقدّمه يقف إلى جانبها، طريقةً أخرى يعمل بها الناس حيث يعيشون.",
    ),
    # Getting started (its title and introduction are in cms/demo_translation_texts.py)
    "Before the first meeting": ("Cyn y cyfarfod cyntaf", "قبل الاجتماع الأول"),
    "Talk with a handful of neighbours first. Ask what they care about and what they could bring, and write "
    "it down: it is the start of your asset map.": (
        "Siaradwch â llond llaw o gymdogion yn gyntaf. Gofynnwch beth sy'n bwysig iddyn nhw a beth allen nhw "
        "ei gynnig, a'i ysgrifennu: dyna ddechrau eich map asedau.",
        "تحدّث أولًا مع عدد قليل من الجيران. اسألهم عمّا يهمّهم وما يمكنهم أن يقدّموه، ودوّن ذلك: إنها بداية خريطة مواردك.",
    ),
    "Go where people are": ("Ewch lle mae pobl", "اذهب إلى حيث يكون الناس"),
    "Markets, school gates, bus stops and community cafés are better places to start than a hired hall.": (
        "Mae marchnadoedd, gatiau ysgol, arosfannau bws a chaffis cymunedol yn lleoedd gwell i ddechrau na "
        "neuadd wedi'i llogi.",
        "الأسواق وبوابات المدارس ومواقف الحافلات والمقاهي المجتمعية أماكن أفضل للبدء من قاعة مستأجرة.",
    ),
    "Tell us how you started": ("Dywedwch wrthym sut y dechreuoch chi", "أخبرنا كيف بدأتم"),
    "Every group starts differently. Your story could help the next one.": (
        "Mae pob grŵp yn dechrau'n wahanol. Gallai eich stori chi helpu'r un nesaf.",
        "كل مجموعة تبدأ بطريقتها. قد تساعد قصتك المجموعة التالية.",
    ),
    # Hosting a first gathering
    "Hosting a first gathering": ("Cynnal cynulliad cyntaf", "استضافة اللقاء الأول"),
    "A simple plan for the first time people meet.": (
        "Cynllun syml ar gyfer y tro cyntaf y mae pobl yn cwrdd.",
        "خطة بسيطة لأول مرة يلتقي فيها الناس.",
    ),
    "Choosing a place": ("Dewis lle", "اختيار المكان"),
    "Pick somewhere step-free, near a bus route, with space to sit in a circle.": (
        "Dewiswch rywle heb risiau, ger llwybr bws, gyda lle i eistedd mewn cylch.",
        "اختر مكانًا بلا درجات، قريبًا من خط حافلات، فيه متّسع للجلوس في دائرة.",
    ),
    "The first half hour": ("Yr hanner awr gyntaf", "نصف الساعة الأول"),
    "Start with a round where everyone says their name and what brought them. The host listens more than they talk.": (
        "Dechreuwch gyda rownd lle mae pawb yn dweud eu henw a beth a ddaeth â nhw yno. Mae'r gwesteiwr yn "
        "gwrando mwy nag y mae'n siarad.",
        "ابدأ بجولة يذكر فيها كلٌّ اسمه وما الذي جاء به. يستمع المضيف أكثر مما يتكلّم.",
    ),
    "Our first meeting had no agenda, just soup. Half the people who came that night still come.": (
        "Doedd dim agenda i'n cyfarfod cyntaf, dim ond cawl. Mae hanner y bobl a ddaeth y noson honno'n dal i ddod.",
        "لم يكن لاجتماعنا الأول جدول أعمال، بل حساء فقط. ونصف من جاؤوا تلك الليلة ما زالوا يأتون.",
    ),
    "Host, Hillside peer-support circle": (
        "Gwesteiwr, cylch cymorth cymheiriaid Hillside",
        "مضيفة حلقة الدعم المتبادل في هيلسايد",
    ),
    "Story shared at a members' forum, autumn 2021.": (
        "Stori a rannwyd mewn fforwm aelodau, hydref 2021.",
        "قصة رُويت في منتدى للأعضاء، خريف 2021.",
    ),
    "Afterwards": ("Wedyn", "بعد ذلك"),
    "Send a short note to everyone within a day, with what was agreed and who offered what.": (
        "Anfonwch nodyn byr at bawb o fewn diwrnod, gyda'r hyn a gytunwyd a phwy a gynigiodd beth.",
        "أرسل ملاحظة قصيرة إلى الجميع خلال يوم، فيها ما اتُّفق عليه ومن عرض ماذا.",
    ),
}

STRINGS = {english: {"cy": cy, "ar": ar} for english, (cy, ar) in TEXTS.items()}
