"""Welsh and Arabic for the demo framework's practices and introductions (handbook.demo_framework),
the framework page's body and the list of sections needed.

Machine-quality translations written for the demo, like cms/demo_translation_texts.py: English
source text -> (Welsh, Arabic).
"""

PRACTICES = {
    # Change
    "Name the unfairness you see and work against it": (
        "Enwi'r annhegwch a welwch a gweithio yn ei erbyn",
        "سمِّ الظلم الذي تراه واعمل على مواجهته",
    ),
    "Try out new ways of living together and of caring for each other": (
        "Rhoi cynnig ar ffyrdd newydd o fyw gyda'n gilydd a gofalu am ein gilydd",
        "جرّب طرقًا جديدة للعيش معًا ولرعاية بعضنا بعضًا",
    ),
    "Back economic arrangements that share things out more fairly": (
        "Cefnogi trefniadau economaidd sy'n rhannu pethau'n decach",
        "ادعم ترتيبات اقتصادية توزّع الخيرات بعدل أكبر",
    ),
    "Build new ways for people to make decisions together": (
        "Creu ffyrdd newydd i bobl wneud penderfyniadau gyda'i gilydd",
        "ابنِ طرقًا جديدة يتّخذ بها الناس قراراتهم معًا",
    ),
    "Look after the places and planet we depend on": (
        "Gofalu am y lleoedd a'r blaned rydyn ni'n dibynnu arnyn nhw",
        "اعتنِ بالأماكن وبالكوكب الذي نعتمد عليه",
    ),
    # Action
    "Help people tell their own story and speak up when something is wrong": (
        "Helpu pobl i adrodd eu stori eu hunain a chodi llais pan fo rhywbeth o'i le",
        "ساعد الناس على رواية قصتهم بأنفسهم ورفع أصواتهم حين يكون هناك خطأ",
    ),
    "Stand alongside campaigners and build solidarity between groups": (
        "Sefyll ochr yn ochr ag ymgyrchwyr a meithrin undod rhwng grwpiau",
        "قف إلى جانب أصحاب الحملات وابنِ التضامن بين المجموعات",
    ),
    "Help start community-run businesses and services where they are needed": (
        "Helpu i sefydlu busnesau a gwasanaethau cymunedol lle mae eu hangen",
        "ساعد على إطلاق مشاريع وخدمات يديرها المجتمع حيث تدعو الحاجة إليها",
    ),
    "Make it easy for people to run their own activities and events": (
        "Ei gwneud yn hawdd i bobl gynnal eu gweithgareddau a'u digwyddiadau eu hunain",
        "سهِّل على الناس تنظيم أنشطتهم وفعالياتهم بأنفسهم",
    ),
    # Strategy
    "Make a map of what the neighbourhood already has: people, places, skills": (
        "Llunio map o'r hyn sydd gan y gymdogaeth yn barod: pobl, lleoedd, sgiliau",
        "ارسم خريطة لما يملكه الحيّ أصلًا: الناس والأماكن والمهارات",
    ),
    "Look at local problems with the people who live with them, and find answers together": (
        "Edrych ar broblemau lleol gyda'r bobl sy'n byw gyda nhw, a chanfod atebion gyda'n gilydd",
        "انظر في المشكلات المحلية مع من يعيشونها، وجِدوا الحلول معًا",
    ),
    "Write plans for the area or the project with residents, not for them": (
        "Ysgrifennu cynlluniau ar gyfer yr ardal neu'r prosiect gyda thrigolion, nid ar eu rhan",
        "اكتب خطط المنطقة أو المشروع مع السكان، لا نيابةً عنهم",
    ),
    "Design services together with the people who use them and those who run them": (
        "Cynllunio gwasanaethau ar y cyd â'r bobl sy'n eu defnyddio a'r rhai sy'n eu rhedeg",
        "صمّم الخدمات مع من يستخدمونها ومع من يديرونها",
    ),
    "Build local partnerships that can make change stick": (
        "Meithrin partneriaethau lleol a all wneud i newid bara",
        "ابنِ شراكات محلية تجعل التغيير يدوم",
    ),
    "Work out who holds power over a decision, and how to move it": (
        "Canfod pwy sydd â'r grym dros benderfyniad, a sut i'w symud",
        "اعرف من يملك السلطة على القرار، وكيف تحرّكها",
    ),
    # Leadership
    "Pass on the skills of organising": (
        "Trosglwyddo sgiliau trefnu",
        "انقل مهارات التنظيم إلى غيرك",
    ),
    "Invite people to take a lead, and stay beside them when they do": (
        "Gwahodd pobl i arwain, ac aros wrth eu hochr pan fyddan nhw'n gwneud",
        "ادعُ الناس إلى أخذ زمام المبادرة، وابقَ إلى جانبهم حين يفعلون",
    ),
    "Trust people to find their own solutions": (
        "Ymddiried mewn pobl i ddod o hyd i'w hatebion eu hunain",
        "ثِق بقدرة الناس على إيجاد حلولهم بأنفسهم",
    ),
    "Help people speak for themselves rather than speaking for them": (
        "Helpu pobl i siarad drostyn nhw eu hunain yn hytrach na siarad ar eu rhan",
        "ساعد الناس على التحدث عن أنفسهم بدل أن تتحدث باسمهم",
    ),
    "Encourage people to hold every decision-maker to account, ourselves included": (
        "Annog pobl i ddwyn pob un sy'n gwneud penderfyniadau i gyfrif, gan gynnwys ni ein hunain",
        "شجّع الناس على مساءلة كل صاحب قرار، ونحن منهم",
    ),
    # Reach
    "Know who your community is and where people actually spend their time": (
        "Gwybod pwy yw eich cymuned a ble mae pobl yn treulio'u hamser mewn gwirionedd",
        "اعرف من هو مجتمعك وأين يقضي الناس أوقاتهم فعلًا",
    ),
    "Leave the building: meet people where they are": (
        "Gadael yr adeilad: cwrdd â phobl lle maen nhw",
        "اخرج من المبنى: التقِ الناس حيث هم",
    ),
    "Talk with the people who never use what you offer": (
        "Siarad â'r bobl nad ydyn nhw byth yn defnyddio'r hyn rydych chi'n ei gynnig",
        "تحدّث مع من لا يستخدمون أبدًا ما تقدّمه",
    ),
    "Think about the whole area and every community of interest in it": (
        "Meddwl am yr ardal gyfan a phob cymuned o ddiddordeb ynddi",
        "فكّر في المنطقة كلها وفي كل جماعة ذات اهتمام مشترك فيها",
    ),
    # Listening
    "Listen to members, volunteers, staff and the people you serve": (
        "Gwrando ar aelodau, gwirfoddolwyr, staff a'r bobl rydych chi'n eu gwasanaethu",
        "استمع إلى الأعضاء والمتطوعين والعاملين ومن تخدمهم",
    ),
    "Find out what talents, interests and hopes people bring": (
        "Darganfod pa ddoniau, diddordebau a gobeithion y mae pobl yn eu cynnig",
        "اكتشف ما يحمله الناس من مواهب واهتمامات وآمال",
    ),
    "Find out what worries people and what they need": (
        "Darganfod beth sy'n poeni pobl a beth sydd ei angen arnyn nhw",
        "اكتشف ما يقلق الناس وما يحتاجون إليه",
    ),
    "Help people listen to one another, not only to you": (
        "Helpu pobl i wrando ar ei gilydd, nid arnoch chi yn unig",
        "ساعد الناس على الإصغاء إلى بعضهم، لا إليك وحدك",
    ),
    "Go past asking for opinions towards real understanding": (
        "Mynd y tu hwnt i ofyn barn at ddealltwriaeth go iawn",
        "تجاوز استطلاع الآراء إلى فهم حقيقي",
    ),
    # Connect
    "Gather people around what they care about": (
        "Dod â phobl ynghyd o gwmpas yr hyn sy'n bwysig iddyn nhw",
        "اجمع الناس حول ما يهمّهم",
    ),
    "Offer a fair, safe place for hard conversations": (
        "Cynnig lle teg a diogel ar gyfer sgyrsiau anodd",
        "وفّر مكانًا عادلًا وآمنًا للأحاديث الصعبة",
    ),
    "Hold gatherings, in person and online, where people can meet": (
        "Cynnal cynulliadau, wyneb yn wyneb ac ar-lein, lle gall pobl gwrdd",
        "نظّم لقاءات، حضورية وعبر الإنترنت، يلتقي فيها الناس",
    ),
    "Help people give their time and skills to the community": (
        "Helpu pobl i roi eu hamser a'u sgiliau i'r gymuned",
        "ساعد الناس على منح وقتهم ومهاراتهم للمجتمع",
    ),
    "Grow a culture where people look out for each other": (
        "Meithrin diwylliant lle mae pobl yn gofalu am ei gilydd",
        "نمِّ ثقافة يرعى فيها الناس بعضهم بعضًا",
    ),
    # Organise
    "Answer to members and neighbours: be responsive and easy to reach": (
        "Bod yn atebol i aelodau a chymdogion: ymateb yn brydlon a bod yn hawdd cysylltu â chi",
        "كن مسؤولًا أمام الأعضاء والجيران: استجب بسرعة وكن سهل الوصول",
    ),
    "Build a wide membership or network that can act when needed": (
        "Meithrin aelodaeth neu rwydwaith eang a all weithredu pan fo angen",
        "ابنِ عضوية أو شبكة واسعة قادرة على التحرّك عند الحاجة",
    ),
    "Encourage people to organise themselves": (
        "Annog pobl i drefnu eu hunain",
        "شجّع الناس على تنظيم أنفسهم",
    ),
    "Make space for honest and brave conversations about difficult issues": (
        "Creu lle i sgyrsiau gonest a dewr am faterion anodd",
        "افسح المجال لأحاديث صادقة وشجاعة حول القضايا الصعبة",
    ),
    "Bring networks together and work in partnership with other groups": (
        "Dod â rhwydweithiau ynghyd a gweithio mewn partneriaeth â grwpiau eraill",
        "اجمع الشبكات معًا واعمل بالشراكة مع مجموعات أخرى",
    ),
    # Values
    "Decide with people, not about them": (
        "Penderfynu gyda phobl, nid amdanyn nhw",
        "قرّر مع الناس، لا عنهم",
    ),
    "Offer more than one way to join in, at different times and costs": (
        "Cynnig mwy nag un ffordd o gymryd rhan, ar adegau gwahanol ac am gostau gwahanol",
        "قدّم أكثر من طريقة للمشاركة، في أوقات مختلفة وبتكاليف مختلفة",
    ),
    "Write down who agreed to do what, and check back": (
        "Ysgrifennu pwy gytunodd i wneud beth, a gwirio wedyn",
        "دوِّن من وافق على فعل ماذا، ثم تابع ذلك",
    ),
    "Report back to the people a decision affects": (
        "Adrodd yn ôl i'r bobl y mae penderfyniad yn effeithio arnyn nhw",
        "أطلِع من يمسّهم القرار على ما جرى",
    ),
    "End each meeting with a short round of what worked and what did not": (
        "Gorffen pob cyfarfod gyda rownd fer o'r hyn a weithiodd a'r hyn na weithiodd",
        "اختم كل اجتماع بجولة قصيرة حول ما نجح وما لم ينجح",
    ),
    "Set aside time each season to look back together": (
        "Neilltuo amser bob tymor i edrych yn ôl gyda'n gilydd",
        "خصّص وقتًا كل فصل لنراجع معًا ما مضى",
    ),
    "Share notes and stories with other groups": (
        "Rhannu nodiadau a straeon â grwpiau eraill",
        "شارك الملاحظات والقصص مع مجموعات أخرى",
    ),
    "Pass learning forward to people who will come after us": (
        "Trosglwyddo'r hyn a ddysgwyd i'r bobl a ddaw ar ein hôl",
        "انقل ما تعلّمناه إلى من سيأتون بعدنا",
    ),
}

INTRODUCTIONS = {
    "Every group starts from something it wants to be different. Naming it plainly, together, keeps the "
    "work pointed at causes and not only at symptoms.": (
        "Mae pob grŵp yn dechrau o rywbeth y mae am ei weld yn wahanol. Mae ei enwi'n blaen, gyda'n gilydd, "
        "yn cadw'r gwaith wedi'i anelu at yr achosion ac nid at y symptomau'n unig.",
        "تبدأ كل مجموعة من شيء تريد أن تراه مختلفًا. وتسميته بوضوح، معًا، تُبقي العمل موجّهًا إلى الأسباب "
        "لا إلى الأعراض وحدها.",
    ),
    "Action is what people can see and join. Small, visible steps build the confidence for bigger ones.": (
        "Gweithredu yw'r hyn y gall pobl ei weld ac ymuno ag ef. Mae camau bach, gweladwy yn magu hyder ar "
        "gyfer rhai mwy.",
        "العمل هو ما يستطيع الناس أن يروه وينضمّوا إليه. والخطوات الصغيرة الظاهرة تبني الثقة لخطوات أكبر.",
    ),
    "Time and energy are scarce in volunteer groups. Strategy is the habit of choosing where to spend "
    "them, and of checking the choice as things change.": (
        "Mae amser ac egni'n brin mewn grwpiau gwirfoddol. Strategaeth yw'r arfer o ddewis ble i'w treulio, "
        "ac o ailedrych ar y dewis wrth i bethau newid.",
        "الوقت والجهد شحيحان في المجموعات التطوعية. والاستراتيجية هي عادة اختيار أين نصرفهما، ومراجعة هذا "
        "الاختيار كلما تغيّرت الأمور.",
    ),
    "In self-organised groups leading is a role people take in turns, not a title. The practices here "
    "spread it around.": (
        "Mewn grwpiau hunandrefnus mae arwain yn rôl y mae pobl yn ei chymryd bob yn ail, nid yn deitl. Mae'r "
        "arferion yma'n ei rhannu o gwmpas.",
        "في المجموعات ذاتية التنظيم القيادة دور يتناوب عليه الناس، لا لقب. والممارسات هنا توزّعها بينهم.",
    ),
    "The people a group most needs to hear from are often the ones who never come to its meetings. Reach "
    "is about going to them.": (
        "Yn aml, y bobl y mae angen i grŵp glywed ganddyn nhw fwyaf yw'r rhai nad ydyn nhw byth yn dod i'w "
        "gyfarfodydd. Mae cyrraedd yn golygu mynd atyn nhw.",
        "كثيرًا ما يكون أكثر من تحتاج المجموعة إلى سماعهم هم من لا يحضرون اجتماعاتها أبدًا. والوصول يعني الذهاب إليهم.",
    ),
    "Listening first stops a group from offering what nobody asked for. It is also how trust starts.": (
        "Mae gwrando'n gyntaf yn atal grŵp rhag cynnig yr hyn na ofynnodd neb amdano. Dyma hefyd sut mae "
        "ymddiriedaeth yn dechrau.",
        "الإصغاء أولًا يمنع المجموعة من تقديم ما لم يطلبه أحد. وبه أيضًا تبدأ الثقة.",
    ),
    "Groups get stronger when people and ideas travel between them. Connecting is deliberate work, not a "
    "side effect.": (
        "Mae grwpiau'n cryfhau pan fydd pobl a syniadau'n teithio rhyngddyn nhw. Mae cysylltu'n waith "
        "bwriadol, nid yn sgil-effaith.",
        "تقوى المجموعات حين ينتقل الناس والأفكار بينها. والتواصل عمل مقصود، لا أثر جانبي.",
    ),
    "Roles, meetings and simple agreements keep a group going when the first burst of energy fades.": (
        "Mae rolau, cyfarfodydd a chytundebau syml yn cadw grŵp i fynd pan fydd y brwdfrydedd cyntaf yn pylu.",
        "الأدوار والاجتماعات والاتفاقات البسيطة تُبقي المجموعة مستمرة حين يخبو الحماس الأول.",
    ),
    "Participation runs through every area: whoever is affected by a decision has a way to take part in it.": (
        "Mae cyfranogiad yn rhedeg drwy bob maes: mae gan bwy bynnag yr effeithir arno gan benderfyniad ffordd "
        "o gymryd rhan ynddo.",
        "تسري المشاركة في كل المجالات: لكل من يمسّه قرار طريقٌ للمشاركة فيه.",
    ),
    "Accountability means saying what we will do, doing it, and reporting back, to members and neighbours alike.": (
        "Mae atebolrwydd yn golygu dweud beth y byddwn ni'n ei wneud, ei wneud, ac adrodd yn ôl, i aelodau a "
        "chymdogion fel ei gilydd.",
        "المساءلة تعني أن نقول ما سنفعله، وأن نفعله، وأن نُطلع عليه الأعضاء والجيران على السواء.",
    ),
    "Reflection is making time to look back honestly, so that the next attempt goes better.": (
        "Myfyrio yw gwneud amser i edrych yn ôl yn onest, fel bod yr ymgais nesaf yn mynd yn well.",
        "التأمّل هو أن نخصّص وقتًا لننظر إلى الوراء بصدق، كي تكون المحاولة التالية أفضل.",
    ),
    "Learning means writing down and passing on what we find out, failures included.": (
        "Mae dysgu'n golygu ysgrifennu a throsglwyddo'r hyn a ddarganfyddwn, gan gynnwys methiannau.",
        "التعلّم يعني أن ندوّن ما نكتشفه وننقله، بما في ذلك الإخفاقات.",
    ),
}

PAGES = {
    "Start anywhere. Each area lists practices; each links to the stories and events that show it in action.": (
        "Dechreuwch unrhyw le. Mae pob maes yn rhestru arferion; mae pob un yn arwain at y straeon a'r "
        "digwyddiadau sy'n ei ddangos ar waith.",
        "ابدأ من أي مكان. يسرد كل مجال ممارساته، وكل ممارسة تقود إلى القصص والفعاليات التي تُظهرها على أرض الواقع.",
    ),
    "Parts of the handbook nobody has written yet. If you know about one, offer some text.": (
        "Rhannau o'r llawlyfr nad oes neb wedi'u hysgrifennu eto. Os ydych chi'n gwybod am un, cynigiwch "
        "ychydig o destun.",
        "أجزاء من الدليل لم يكتبها أحد بعد. إن كنت تعرف شيئًا عن أحدها، فاقترح نصًّا.",
    ),
}

TEXTS = {**PRACTICES, **INTRODUCTIONS, **PAGES}

STRINGS = {english: {"cy": cy, "ar": ar} for english, (cy, ar) in TEXTS.items()}
