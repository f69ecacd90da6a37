# ruff: noqa: E501  (translated prose reads better unwrapped)
"""Welsh and Arabic for the demo stories and case studies that are translated (stories.demo).

Machine-quality translations written for the demo, like cms/demo_translation_texts.py: English
source text -> (Welsh, Arabic). People's names stay as they are (they are left out, so they stay
in English); place names take their Welsh or Arabic form.
"""

TEXTS = {
    # Lead-image alt text of the drawings these pages use (cms/demo_images.py)
    "A flat drawing of five people on chairs in a circle around a low table with cups; one raises a hand to speak and a speech bubble floats above.": (
        "Darlun gwastad o bump o bobl ar gadeiriau mewn cylch o amgylch bwrdd isel gyda chwpanau; mae un yn codi llaw i siarad ac mae swigen siarad yn arnofio uwchben.",
        "رسم مسطّح لخمسة أشخاص على كراسٍ في دائرة حول طاولة منخفضة عليها أكواب؛ يرفع أحدهم يده ليتكلم وتطفو فوقه فقاعة كلام.",
    ),
    "A flat drawing of three neighbours at a long table under bunting: one ladles soup from a big steaming pot, a child watches, another holds out a bowl beside a loaf of bread.": (
        "Darlun gwastad o dri chymydog wrth fwrdd hir o dan faneri bach: mae un yn codi cawl o grochan mawr sy'n stemio, mae plentyn yn gwylio, ac mae un arall yn estyn powlen wrth ymyl torth o fara.",
        "رسم مسطّح لثلاثة جيران إلى طاولة طويلة تحت أعلام ملوّنة: أحدهم يغرف الحساء من قِدر كبير يتصاعد بخاره، وطفل يتفرّج، وآخر يمدّ وعاءً بجانب رغيف خبز.",
    ),
    "A flat drawing of two organisers at a wall planner with four columns of task cards; one pins a card up, the other ticks cards off with a red marker.": (
        "Darlun gwastad o ddau drefnydd wrth gynllunydd wal gyda phedair colofn o gardiau tasg; mae un yn pinio cerdyn i fyny, ac mae'r llall yn ticio cardiau â phen coch.",
        "رسم مسطّح لمنظِّمَين أمام لوح تخطيط على الجدار فيه أربعة أعمدة من بطاقات المهام؛ يثبّت أحدهما بطاقة، ويؤشّر الآخر على البطاقات بقلم أحمر.",
    ),
    "A flat drawing of an older neighbour in a red cap with a cup and a young neighbour talking on a red park bench under a fruit tree, with the sun out and a bird nearby.": (
        "Darlun gwastad o gymydog hŷn mewn cap coch gyda chwpan a chymydog ifanc yn sgwrsio ar fainc goch yn y parc o dan goeden ffrwythau, gyda'r haul allan ac aderyn gerllaw.",
        "رسم مسطّح لجار مسنّ بقبعة حمراء يحمل كوبًا وجار شاب يتحدثان على مقعد أحمر في الحديقة تحت شجرة مثمرة، والشمس مشرقة وطائر قريب منهما.",
    ),
    # Places
    "Bristol": ("Bryste", "بريستول"),
    "Leeds": ("Leeds", "ليدز"),
    "Cardiff": ("Caerdydd", "كارديف"),
    "Norfolk": ("Norfolk", "نورفولك"),
    "Greater Manchester": ("Manceinion Fwyaf", "مانشستر الكبرى"),
    "Powys": ("Powys", "باويس"),
    "Newcastle": ("Newcastle", "نيوكاسل"),
    # Deciding without a chair (its title and summary are in cms/demo_translation_texts.py)
    "Our chair was kind and tireless, and every decision went through her. When she moved away we realised nobody else knew how.": (
        "Roedd ein cadeirydd yn garedig ac yn ddiflino, ac roedd pob penderfyniad yn mynd drwyddi hi. Pan symudodd hi i ffwrdd, sylweddolon ni nad oedd neb arall yn gwybod sut.",
        "كانت رئيستنا لطيفة لا تعرف التعب، وكان كل قرار يمرّ من خلالها. وحين انتقلت إلى مكان آخر أدركنا أن أحدًا غيرها لا يعرف كيف.",
    ),
    "Now the host changes each month and we use 'consent, not consensus': a proposal goes ahead unless someone has a reason it would cause harm. Meetings are shorter, and more of us speak.": (
        "Nawr mae'r gwesteiwr yn newid bob mis ac rydyn ni'n defnyddio 'cydsyniad, nid consensws': mae cynnig yn mynd yn ei flaen oni bai bod gan rywun reswm y byddai'n achosi niwed. Mae'r cyfarfodydd yn fyrrach, ac mae mwy ohonon ni'n siarad.",
        "أصبح المستضيف يتغيّر كل شهر، ونعمل بمبدأ «الموافقة لا الإجماع»: يمضي الاقتراح ما لم يكن لدى أحد سبب يجعله يرى أنه سيُلحق ضررًا. صارت الاجتماعات أقصر، وصار عدد أكبر منا يتكلم.",
    ),
    # The soup that started a tenants' union
    "The soup that started a tenants' union": (
        "Y cawl a ddechreuodd undeb tenantiaid",
        "الحساء الذي أطلق نقابة مستأجرين",
    ),
    "A monthly shared meal in a block of flats turned into the place where neighbours found out they all had the same damp problem.": (
        "Trodd pryd bwyd misol a rannwyd mewn bloc o fflatiau yn lle y darganfu'r cymdogion fod gan bob un ohonyn nhw'r un broblem lleithder.",
        "تحوّلت وجبة مشتركة شهرية في عمارة سكنية إلى المكان الذي اكتشف فيه الجيران أنهم جميعًا يعانون مشكلة الرطوبة نفسها.",
    ),
    "Nobody would have come to a meeting about damp. Everybody came for soup.": (
        "Fyddai neb wedi dod i gyfarfod am leithder. Daeth pawb am gawl.",
        "ما كان أحد ليأتي إلى اجتماع عن الرطوبة. لكن الجميع جاؤوا من أجل الحساء.",
    ),
    "Neighbour and cook": ("Cymydog a chogydd", "جارة وطبّاخة"),
    "We never set out to start a union. I made too much soup one evening and knocked on three doors. By the third month there were twenty of us in the community room, and somebody asked whether anyone else's bedroom wall was black with mould.": (
        "Doedden ni erioed wedi bwriadu dechrau undeb. Gwnes i ormod o gawl un noson a chnocio ar dri drws. Erbyn y trydydd mis roedd ugain ohonon ni yn yr ystafell gymunedol, a gofynnodd rhywun a oedd wal ystafell wely unrhyw un arall yn ddu gan lwydni.",
        "لم نقصد قطّ أن نؤسّس نقابة. طبختُ ذات مساء حساءً أكثر من اللازم وطرقت ثلاثة أبواب. وبحلول الشهر الثالث صرنا عشرين شخصًا في القاعة المشتركة، وسأل أحدهم إن كان جدار غرفة نوم أيّ شخص آخر قد اسودّ من العفن.",
    ),
    "Everybody's was. Once we had written down every flat number and photographed every wall, the letter to the landlord almost wrote itself. The repairs started within six weeks.": (
        "Roedd wal pawb felly. Unwaith i ni ysgrifennu rhif pob fflat a thynnu llun pob wal, bron i'r llythyr at y landlord ysgrifennu ei hun. Dechreuodd y gwaith atgyweirio o fewn chwe wythnos.",
        "وكانت جدران الجميع كذلك. وما إن دوّنّا رقم كل شقة وصوّرنا كل جدار حتى كادت الرسالة إلى المالك تكتب نفسها. وبدأت الإصلاحات في غضون ستة أسابيع.",
    ),
    "The soup still happens. Now it is also where we plan.": (
        "Mae'r cawl yn dal i ddigwydd. Nawr dyma hefyd lle rydyn ni'n cynllunio.",
        "ما زال الحساء قائمًا. وصار أيضًا المكان الذي نخطّط فيه.",
    ),
    # A rota that shared the load
    "A rota that shared the load": ("Rota a rannodd y baich", "جدول مناوبات وزّع العبء"),
    "How a mutual-aid group stopped relying on two exhausted volunteers by writing every job on a card.": (
        "Sut y rhoddodd grŵp cyd-gymorth y gorau i ddibynnu ar ddau wirfoddolwr blinedig drwy ysgrifennu pob tasg ar gerdyn.",
        "كيف كفّت مجموعة عون متبادل عن الاعتماد على متطوّعَين منهَكين بأن كتبت كل مهمة على بطاقة.",
    ),
    "Seeing the jobs on the floor made the invisible work visible.": (
        "Roedd gweld y tasgau ar y llawr yn gwneud y gwaith anweledig yn weladwy.",
        "رؤية المهام على الأرض جعلت العمل الخفيّ مرئيًّا.",
    ),
    "Mutual-aid volunteer": ("Gwirfoddolwr cyd-gymorth", "متطوّع في العون المتبادل"),
    "For the first year, two of us did everything: the phone, the shopping, the van. Then one of us got ill.": (
        "Am y flwyddyn gyntaf, dau ohonon ni oedd yn gwneud popeth: y ffôn, y siopa, y fan. Yna aeth un ohonon ni'n sâl.",
        "في السنة الأولى كنا اثنين نفعل كل شيء: الهاتف والتسوّق والشاحنة. ثم مرض أحدنا.",
    ),
    "At the next meeting we wrote every task on an index card, from collecting keys to answering messages, and laid them out on the floor. People picked the cards they could manage. Some cards were picked by nobody, and that told us what to stop doing.": (
        "Yn y cyfarfod nesaf ysgrifennon ni bob tasg ar gerdyn mynegai, o gasglu allweddi i ateb negeseuon, a'u gosod ar y llawr. Dewisodd pobl y cardiau y gallen nhw eu gwneud. Ni ddewisodd neb rai cardiau, a dangosodd hynny i ni beth i roi'r gorau i'w wneud.",
        "في الاجتماع التالي كتبنا كل مهمة على بطاقة، من جمع المفاتيح إلى الرد على الرسائل، وفرشناها على الأرض. اختار الناس البطاقات التي يقدرون عليها. وبقيت بطاقات لم يخترها أحد، فعرفنا منها ما ينبغي أن نكفّ عنه.",
    ),
    # The bench conversations
    "The bench conversations": ("Sgyrsiau'r fainc", "أحاديث المقعد"),
    "Older residents and young people sat on the same park bench, one hour a week, and swapped what they knew.": (
        "Eisteddodd trigolion hŷn a phobl ifanc ar yr un fainc yn y parc, awr bob wythnos, a chyfnewid yr hyn roedden nhw'n ei wybod.",
        "جلس سكّان مسنّون وشباب على مقعد الحديقة نفسه، ساعةً كل أسبوع، وتبادلوا ما يعرفون.",
    ),
    "It began with a sign taped to a bench: 'Sit here on Thursdays at four if you want to talk.' Most weeks three or four people came. A retired electrician taught a teenager to fix a bike light; she showed him how to video-call his grandson.": (
        "Dechreuodd gydag arwydd wedi'i dapio ar fainc: 'Eisteddwch yma ar ddydd Iau am bedwar os ydych chi eisiau siarad.' Bron bob wythnos daeth tri neu bedwar o bobl. Dysgodd trydanwr wedi ymddeol i ferch yn ei harddegau sut i drwsio golau beic; dangosodd hithau iddo sut i wneud galwad fideo i'w ŵyr.",
        "بدأ الأمر بلافتة مُلصقة على مقعد: «اجلس هنا أيام الخميس في الرابعة إن أردت أن تتحدث». في معظم الأسابيع جاء ثلاثة أشخاص أو أربعة. علّم كهربائي متقاعد مراهقةً كيف تصلح ضوء دراجة، وأرته هي كيف يجري مكالمة فيديو مع حفيده.",
    ),
    # A network of community fridges
    "A network of community fridges": ("Rhwydwaith o oergelloedd cymunedol", "شبكة من الثلاجات المجتمعية"),
    "Five neighbourhood groups shared one food-safety routine so they could run fridges in places none could manage alone.": (
        "Rhannodd pum grŵp cymdogaeth un drefn diogelwch bwyd er mwyn gallu rhedeg oergelloedd mewn mannau na allai'r un ohonyn nhw eu rheoli ar ei ben ei hun.",
        "تقاسمت خمس مجموعات أحياء نظامًا واحدًا لسلامة الغذاء لتتمكّن من تشغيل ثلاجات في أماكن لم تكن أيّ منها لتقدر عليها وحدها.",
    ),
    "2022 to 2024": ("2022 i 2024", "من 2022 إلى 2024"),
    "Five neighbourhood food groups<br/>A local supermarket branch<br/>The council's environmental health team": (
        "Pum grŵp bwyd cymdogaeth<br/>Cangen archfarchnad leol<br/>Tîm iechyd yr amgylchedd y cyngor",
        "خمس مجموعات غذاء في الأحياء<br/>فرع محلي لمتجر كبير<br/>فريق الصحة البيئية في المجلس المحلي",
    ),
    "Each group had volunteers and donated food, but none could afford the training and checks a public fridge needs.": (
        "Roedd gan bob grŵp wirfoddolwyr a bwyd a roddwyd, ond ni allai'r un ohonyn nhw fforddio'r hyfforddiant a'r archwiliadau sydd eu hangen ar oergell gyhoeddus.",
        "كان لدى كل مجموعة متطوّعون وطعام متبرَّع به، لكن أيًّا منها لم يكن يقدر على كلفة التدريب والفحوص التي تحتاجها ثلاجة عامة.",
    ),
    "The groups wrote one shared cleaning and temperature log, trained volunteers together, and took turns hosting the inspection visits.": (
        "Ysgrifennodd y grwpiau un cofnod glanhau a thymheredd ar y cyd, hyfforddi gwirfoddolwyr gyda'i gilydd, a chymryd eu tro i gynnal yr ymweliadau arolygu.",
        "كتبت المجموعات سجلًّا واحدًا مشتركًا للتنظيف ودرجات الحرارة، ودرّبت المتطوّعين معًا، وتناوبت على استضافة زيارات التفتيش.",
    ),
    "About forty volunteers across five groups, with a food-safety officer who gave two free sessions.": (
        "Tua deugain o wirfoddolwyr ar draws pum grŵp, gyda swyddog diogelwch bwyd a roddodd ddwy sesiwn am ddim.",
        "نحو أربعين متطوّعًا من خمس مجموعات، ومعهم موظف سلامة غذاء قدّم جلستين مجانيتين.",
    ),
    "Four fridges opened in two years. Waste food from a supermarket now goes out the same day instead of into a skip.": (
        "Agorodd pedair oergell mewn dwy flynedd. Mae bwyd dros ben o archfarchnad bellach yn mynd allan yr un diwrnod yn lle i sgip.",
        "افتُتحت أربع ثلاجات في سنتين. والطعام الفائض من متجر كبير يُوزَّع الآن في اليوم نفسه بدل أن يُرمى في حاوية.",
    ),
    "Shared paperwork was the real breakthrough: once the routine was written down, any group could pick it up.": (
        "Y gwaith papur a rannwyd oedd y datblygiad mawr go iawn: unwaith i'r drefn gael ei hysgrifennu, gallai unrhyw grŵp ei chodi.",
        "كانت الأوراق المشتركة هي الإنجاز الحقيقي: فما إن دُوِّن النظام حتى صار بوسع أي مجموعة أن تأخذ به.",
    ),
    "Agree at the start who owns the shared log, so it does not drift when a volunteer leaves.": (
        "Cytunwch ar y dechrau pwy sy'n berchen ar y cofnod a rennir, fel nad yw'n llithro pan fydd gwirfoddolwr yn gadael.",
        "اتفقوا منذ البداية على من يتولّى السجل المشترك، كي لا يُهمَل حين يغادر أحد المتطوّعين.",
    ),
    "Shared temperature log template<br/>Volunteer induction checklist": (
        "Templed cofnod tymheredd a rennir<br/>Rhestr wirio cynefino gwirfoddolwyr",
        "نموذج سجل درجات الحرارة المشترك<br/>قائمة تحقّق لتعريف المتطوّعين الجدد",
    ),
    # One minibus for seven rural groups
    "One minibus for seven rural groups": ("Un bws mini i saith grŵp gwledig", "حافلة صغيرة واحدة لسبع مجموعات ريفية"),
    "Groups across a rural county bought and booked one minibus together so members without cars could get to meetings.": (
        "Prynodd grwpiau ar draws sir wledig un bws mini a'i archebu gyda'i gilydd er mwyn i aelodau heb geir allu cyrraedd cyfarfodydd.",
        "اشترت مجموعات في أنحاء مقاطعة ريفية حافلة صغيرة واحدة معًا وتقاسمت حجزها، ليتمكّن الأعضاء الذين لا يملكون سيارات من الوصول إلى الاجتماعات.",
    ),
    "2021 to 2023": ("2021 i 2023", "من 2021 إلى 2023"),
    "Seven village groups<br/>A community transport charity": (
        "Saith grŵp pentref<br/>Elusen trafnidiaeth gymunedol",
        "سبع مجموعات قروية<br/>جمعية خيرية للنقل المجتمعي",
    ),
    "Members without cars were missing meetings; the nearest bus ran twice a day.": (
        "Roedd aelodau heb geir yn colli cyfarfodydd; dim ond ddwywaith y dydd roedd y bws agosaf yn rhedeg.",
        "كان الأعضاء الذين لا يملكون سيارات يفوّتون الاجتماعات؛ فأقرب حافلة لا تمرّ إلا مرتين في اليوم.",
    ),
    "The groups raised the money together, a transport charity agreed to insure and maintain the minibus, and bookings went on one shared calendar.": (
        "Codwyd yr arian gan y grwpiau gyda'i gilydd, cytunodd elusen trafnidiaeth i yswirio a chynnal y bws mini, ac aeth yr archebion ar un calendr a rennir.",
        "جمعت المجموعات المال معًا، ووافقت جمعية خيرية للنقل على تأمين الحافلة وصيانتها، وصارت الحجوزات تُسجَّل في تقويم واحد مشترك.",
    ),
    "Seven groups, eleven volunteer drivers.": (
        "Saith grŵp, un ar ddeg o yrwyr gwirfoddol.",
        "سبع مجموعات، وأحد عشر سائقًا متطوّعًا.",
    ),
    "Attendance at the joint forum doubled. The bus now also runs a weekly market trip.": (
        "Dyblodd nifer y bobl yn y fforwm ar y cyd. Mae'r bws bellach hefyd yn mynd ar daith wythnosol i'r farchnad.",
        "تضاعف الحضور في المنتدى المشترك. وصارت الحافلة أيضًا تقوم برحلة أسبوعية إلى السوق.",
    ),
    "A clear booking rule (first come, but no group more than twice a month) prevented most arguments.": (
        "Roedd rheol archebu glir (y cyntaf i'r felin, ond dim un grŵp fwy na dwywaith y mis) yn atal y rhan fwyaf o ddadleuon.",
        "منعت قاعدة حجز واضحة (الأسبق أولًا، على ألّا تحجز أي مجموعة أكثر من مرتين في الشهر) معظم الخلافات.",
    ),
    "Budget for a second set of keys and a keysafe from day one.": (
        "Cyllidebwch ar gyfer ail set o allweddi a blwch allweddi diogel o'r diwrnod cyntaf.",
        "خصّصوا منذ اليوم الأول ميزانية لنسخة ثانية من المفاتيح وصندوق آمن لها.",
    ),
    "Booking rules<br/>Driver checklist": (
        "Rheolau archebu<br/>Rhestr wirio gyrwyr",
        "قواعد الحجز<br/>قائمة تحقّق للسائقين",
    ),
    # Planning a year on one wall
    "Planning a year on one wall": ("Cynllunio blwyddyn ar un wal", "نخطّط لسنة كاملة على جدار واحد"),
    "A network chose three priorities for the year by covering a wall with sticky notes and voting with dots.": (
        "Dewisodd rhwydwaith dair blaenoriaeth ar gyfer y flwyddyn drwy orchuddio wal â nodiadau gludiog a phleidleisio â dotiau.",
        "اختارت شبكة ثلاث أولويات للسنة بأن غطّت جدارًا بالأوراق اللاصقة وصوّتت بالنقاط.",
    ),
    "January 2024": ("Ionawr 2024", "يناير 2024"),
    "A citizens' action network": ("Rhwydwaith gweithredu dinasyddion", "شبكة عمل للمواطنين"),
    "Every group wanted the network to back its own campaign, and nothing got enough support.": (
        "Roedd pob grŵp eisiau i'r rhwydwaith gefnogi ei ymgyrch ei hun, a chafodd dim byd ddigon o gefnogaeth.",
        "أرادت كل مجموعة أن تدعم الشبكة حملتها هي، فلم يحظَ شيء بدعم كافٍ.",
    ),
    "At a Saturday gathering, members wrote every possible priority on a note, grouped them, and each person placed five dots.": (
        "Mewn cynulliad ar ddydd Sadwrn, ysgrifennodd yr aelodau bob blaenoriaeth bosibl ar nodyn, eu grwpio, a gosododd pob person bum dot.",
        "في لقاء يوم سبت كتب الأعضاء كل أولوية ممكنة على ورقة، وجمّعوها في مجموعات، ووضع كل شخص خمس نقاط.",
    ),
    "Sixty members from fourteen groups.": (
        "Trigain o aelodau o bedwar grŵp ar ddeg.",
        "ستون عضوًا من أربع عشرة مجموعة.",
    ),
    "Three priorities chosen; each got a small team and a budget.": (
        "Dewiswyd tair blaenoriaeth; cafodd pob un dîm bach a chyllideb.",
        "اختيرت ثلاث أولويات؛ ونالت كل منها فريقًا صغيرًا وميزانية.",
    ),
    "Seeing all the options together made it easier to let some go.": (
        "Roedd gweld yr holl ddewisiadau gyda'i gilydd yn ei gwneud hi'n haws gollwng rhai.",
        "رؤية الخيارات كلها معًا جعلت التخلّي عن بعضها أسهل.",
    ),
    "Give people a way to take part online for those who cannot come on a Saturday.": (
        "Rhowch ffordd i bobl gymryd rhan ar-lein i'r rhai na allan nhw ddod ar ddydd Sadwrn.",
        "وفّروا طريقة للمشاركة عبر الإنترنت لمن لا يستطيعون الحضور يوم السبت.",
    ),
    "Facilitator's running order": ("Trefn y sesiwn i'r hwylusydd", "ترتيب فقرات الجلسة للميسّر"),
}

STRINGS = {english: {"cy": cy, "ar": ar} for english, (cy, ar) in TEXTS.items()}
