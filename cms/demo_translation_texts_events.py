"""Welsh and Arabic for the demo's other events (events/demo.py) and the vocabulary page.

Machine-quality translations written for the demo, like cms/demo_translation_texts.py: English
source text -> (Welsh, Arabic). Names of people, venues and organisations stay as they are.
"""

TEXTS = {
    # The lead picture of the online workshops
    "A flat drawing of a laptop showing four smiling people in video tiles, one waving to speak, with a "
    "steaming red mug and a notebook beside it.": (
        "Llun fflat o liniadur yn dangos pedwar person yn gwenu mewn teils fideo, un yn codi llaw i siarad, "
        "gyda mŵg coch yn stemio a llyfr nodiadau wrth ei ochr.",
        "رسم مسطّح لحاسوب محمول تظهر عليه أربعة وجوه مبتسمة في نوافذ الفيديو، يلوّح أحدهم ليتكلّم، وبجانبه "
        "كوب أحمر يتصاعد منه البخار ودفتر ملاحظات.",
    ),
    # Participation and power: a half-day workshop
    "Participation and power: a half-day workshop": (
        "Cyfranogiad a grym: gweithdy hanner diwrnod",
        "المشاركة والسلطة: ورشة عمل لنصف يوم",
    ),
    "Four short talks on people shaping the services they use, then conversations in small groups.": (
        "Pedair sgwrs fer am bobl yn llunio'r gwasanaethau a ddefnyddiant, yna sgyrsiau mewn grwpiau bach.",
        "أربع كلمات قصيرة عن أناس يشكّلون الخدمات التي يستخدمونها، ثم أحاديث في مجموعات صغيرة.",
    ),
    "How do people who face exclusion gain real influence over public services?": (
        "Sut mae pobl sy'n wynebu cael eu hallgáu yn ennill dylanwad go iawn dros wasanaethau cyhoeddus?",
        "كيف يكسب من يواجهون الإقصاء تأثيرًا حقيقيًا في الخدمات العامة؟",
    ),
    "Up to 80 people": ("Hyd at 80 o bobl", "حتى 80 شخصًا"),
    "Live captions throughout. Slides sent a day ahead on request.": (
        "Capsiynau byw drwy'r amser. Anfonir y sleidiau ddiwrnod ymlaen llaw ar gais.",
        "ترجمة نصية مباشرة طوال الوقت. تُرسل الشرائح قبل يوم عند الطلب.",
    ),
    "Welcome and how the morning works": ("Croeso a sut mae'r bore'n gweithio", "ترحيب وكيف تسير الصبيحة"),
    "Ground rules, breakout rooms and captions.": (
        "Rheolau sylfaenol, ystafelloedd grŵp a chapsiynau.",
        "قواعد أساسية، وغرف المجموعات الصغيرة، والترجمة النصية.",
    ),
    "Tenants setting the agenda with their landlord": (
        "Tenantiaid yn gosod yr agenda gyda'u landlord",
        "مستأجرون يضعون جدول الأعمال مع المالك",
    ),
    "What changed when residents wrote the meeting agenda themselves.": (
        "Beth newidiodd pan ysgrifennodd y trigolion agenda'r cyfarfod eu hunain.",
        "ما الذي تغيّر حين كتب السكان جدول أعمال الاجتماع بأنفسهم.",
    ),
    "Young people in the room where budgets are set": (
        "Pobl ifanc yn yr ystafell lle pennir cyllidebau",
        "شباب في الغرفة التي تُقرّ فيها الميزانيات",
    ),
    "Moving from one-off consultations to a standing seat.": (
        "Symud o ymgynghoriadau untro i sedd barhaol.",
        "الانتقال من استشارات لمرة واحدة إلى مقعد دائم.",
    ),
    "Telling our own stories as evidence": (
        "Adrodd ein straeon ein hunain fel tystiolaeth",
        "رواية قصصنا بأنفسنا دليلًا",
    ),
    "Carers interviewing carers, and what officials did with it.": (
        "Gofalwyr yn cyfweld gofalwyr, a beth wnaeth swyddogion â hynny.",
        "مقدّمو رعاية يحاورون مقدّمي رعاية، وما فعله المسؤولون بذلك.",
    ),
    "Small-group conversations and next steps": (
        "Sgyrsiau mewn grwpiau bach a'r camau nesaf",
        "أحاديث في مجموعات صغيرة والخطوات التالية",
    ),
    "Pick a question, swap contacts, agree one thing to try.": (
        "Dewiswch gwestiwn, cyfnewidiwch fanylion cyswllt, cytunwch ar un peth i roi cynnig arno.",
        "اختر سؤالًا، وتبادل وسائل التواصل، واتفق على شيء واحد تجرّبه.",
    ),
    # Listening well: an online workshop
    "Listening well: an online workshop": ("Gwrando'n dda: gweithdy ar-lein", "الإصغاء الجيد: ورشة عمل عبر الإنترنت"),
    "Two hours of practice in listening to people your group has not yet heard from. Register here for free: "
    "the video link is sent to the people registered the day before.": (
        "Dwy awr o ymarfer gwrando ar bobl nad yw eich grŵp wedi clywed ganddyn nhw eto. Cofrestrwch yma am "
        "ddim: anfonir y ddolen fideo at y bobl sydd wedi cofrestru y diwrnod cynt.",
        "ساعتان من التمرّن على الإصغاء إلى أناس لم تسمع منهم مجموعتك بعد. سجّل هنا مجانًا: يُرسل رابط الفيديو "
        "إلى المسجّلين قبل يوم.",
    ),
    "Whose voices are missing from our meetings, and how do we hear them?": (
        "Lleisiau pwy sydd ar goll o'n cyfarfodydd, a sut rydyn ni'n eu clywed?",
        "أصوات من تغيب عن اجتماعاتنا، وكيف نسمعها؟",
    ),
    "24 places, so everyone gets to practise": (
        "24 o leoedd, fel bod pawb yn cael ymarfer",
        "24 مكانًا، ليتمرّن الجميع",
    ),
    "Live captions. Tell us your access needs when you register.": (
        "Capsiynau byw. Dywedwch wrthym am eich anghenion hygyrchedd wrth gofrestru.",
        "ترجمة نصية مباشرة. أخبرنا باحتياجات الوصول لديك عند التسجيل.",
    ),
    # Monthly peer-support forum (its title and summary are in cms/demo_translation_texts.py)
    "What is one thing that helped your group keep going this month?": (
        "Beth yw un peth a helpodd eich grŵp i ddal ati y mis hwn?",
        "ما الشيء الواحد الذي ساعد مجموعتك على الاستمرار هذا الشهر؟",
    ),
    "Cameras optional. You can take part in the chat only.": (
        "Does dim rhaid troi camera ymlaen. Gallwch gymryd rhan yn y sgwrs destun yn unig.",
        "الكاميرا اختيارية. يمكنك المشاركة عبر الدردشة فقط.",
    ),
    # Its cancelled date's note (a translatable inline row, events.OccurrenceChange)
    "No forum this month: the hosts are on a break.": (
        "Dim fforwm y mis hwn: mae'r gwesteiwyr yn cymryd seibiant.",
        "لا منتدى هذا الشهر: المضيفون في استراحة.",
    ),
    # Network gathering: sharing what works
    "Network gathering: sharing what works": (
        "Cynulliad y rhwydwaith: rhannu'r hyn sy'n gweithio",
        "لقاء الشبكة: تبادل ما ينجح",
    ),
    "A day of swapping methods between renters, carers and young organisers, in the hall and online.": (
        "Diwrnod o gyfnewid dulliau rhwng rhentwyr, gofalwyr a threfnwyr ifanc, yn y neuadd ac ar-lein.",
        "يوم لتبادل الأساليب بين المستأجرين ومقدّمي الرعاية والمنظّمين الشباب، في القاعة وعبر الإنترنت.",
    ),
    "What could each of our groups borrow from the others?": (
        "Beth allai pob un o'n grwpiau ei fenthyg gan y lleill?",
        "ما الذي يمكن لكل مجموعة من مجموعاتنا أن تستعيره من الأخرى؟",
    ),
    "60 places in the hall; online places unlimited": (
        "60 o leoedd yn y neuadd; lleoedd ar-lein diderfyn",
        "60 مكانًا في القاعة؛ وأماكن غير محدودة عبر الإنترنت",
    ),
    "Step-free access, a quiet room, BSL interpretation on request.": (
        "Mynediad heb risiau, ystafell dawel, dehongli BSL ar gais.",
        "مدخل بلا درجات، وغرفة هادئة، وترجمة بلغة الإشارة البريطانية عند الطلب.",
    ),
    # Action planning day
    "Action planning day": ("Diwrnod cynllunio gweithredu", "يوم التخطيط للعمل"),
    "A whole day, in person, to plan the next season of campaigns together. Drop in when you can.": (
        "Diwrnod cyfan, wyneb yn wyneb, i gynllunio tymor nesaf yr ymgyrchoedd gyda'n gilydd. Galwch heibio "
        "pan allwch chi.",
        "يوم كامل، حضوريًا، لنخطّط معًا لموسم الحملات المقبل. تعال متى استطعت.",
    ),
    "Lunch provided (vegetarian and vegan). Step-free throughout.": (
        "Darperir cinio (llysieuol a fegan). Heb risiau drwyddi draw.",
        "الغداء مقدَّم (نباتي ونباتي صرف). بلا درجات في كل مكان.",
    ),
    # Finding a shared vocabulary (handbook)
    "Finding a shared vocabulary": ("Dod o hyd i eirfa gyffredin", "البحث عن مفردات مشتركة"),
    "The words we use shape who feels they belong.": (
        "Mae'r geiriau a ddefnyddiwn yn llunio pwy sy'n teimlo eu bod yn perthyn.",
        "الكلمات التي نستخدمها تحدّد من يشعر بأنه ينتمي.",
    ),
    "Why words matter": ("Pam mae geiriau'n bwysig", "لماذا تهمّ الكلمات"),
    "The words we use shape who feels welcome. Talking of influence rather than power, for example, changes "
    "who thinks they have some.": (
        "Mae'r geiriau a ddefnyddiwn yn llunio pwy sy'n teimlo bod croeso iddyn nhw. Mae sôn am ddylanwad yn "
        "hytrach na grym, er enghraifft, yn newid pwy sy'n credu bod ganddyn nhw beth.",
        "الكلمات التي نستخدمها تحدّد من يشعر بالترحيب. فالحديث عن التأثير بدل السلطة، مثلًا، يغيّر من يظنّ "
        "أن لديه شيئًا منه.",
    ),
    "Many kinds of CAN": ("Sawl math o CAN", "أنواع كثيرة من CAN"),
    "Citizen, community and climate action networks share three letters and a lot of habits. The glossary "
    "keeps track of the words we share.": (
        "Mae rhwydweithiau gweithredu dinasyddion, cymunedol a hinsawdd yn rhannu tair llythyren a llawer o "
        "arferion. Mae'r eirfa'n cadw golwg ar y geiriau a rannwn.",
        "تشترك شبكات العمل المواطني والمجتمعي والمناخي في ثلاثة أحرف وفي عادات كثيرة. ويتتبّع المسرد الكلمات "
        "التي نتشاركها.",
    ),
}

STRINGS = {english: {"cy": cy, "ar": ar} for english, (cy, ar) in TEXTS.items()}
