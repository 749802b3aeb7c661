"""Shared library of the demo catalogue, in Arabic, English and French: the four learning tracks, the
seven guidebooks that courses cite as sources, and three case studies from the Strong Cities Network
MENA hub's inaugural workshop (Rabat, 16–17 March 2023) that lessons reuse as snippets. Facts come
from the shared content catalogue (CATALOGUE.md) and the publishers' own pages; case studies say
only what the workshop summary reports, and name what it leaves out rather than filling the gaps.
The shape is checked by ``home.demo.content.schema.validate_library``.
"""

TRACKS = [
    {
        "slug": "foundation",
        "colour": "teal",
        "ar": {
            "name": "الأساسيات: دور المدينة في الوقاية",
            "description": "مسار موجّه إلى جميع المتعلّمين: ما الذي تستطيع المدينة فعله للوقاية من الكراهية والتطرف والاستقطاب، وما تقوله الأدلة عن دوافع التطرف. ويعرّف المسار أيضًا بأسس التعاون بين المستويين الوطني والمحلي.",
        },
        "en": {
            "name": "Foundation: the city's role in prevention",
            "description": "For all learners: what a city can do to prevent hate, extremism and polarisation, and what the evidence says about the drivers of extremism. It also introduces the basics of national–local cooperation.",
        },
        "fr": {
            "name": "Fondamentaux : le rôle de la ville dans la prévention",
            "description": "Pour tous les apprenants : ce qu’une ville peut faire pour prévenir la haine, l’extrémisme et la polarisation, et ce que disent les données sur les facteurs de l’extrémisme. Le parcours présente aussi les bases de la coopération entre les niveaux national et local.",
        },
    },
    {
        "slug": "mayors",
        "colour": "blue",
        "ar": {
            "name": "مسار رؤساء البلديات: قيادة الوقاية والاستجابة",
            "description": "موجّه إلى رؤساء البلديات ونوابهم والمحافظين: الاستعداد، والوقاية من الكراهية والتطرف، والاستجابة عند وقوع العنف. يستند المسار إلى دليل رؤساء البلديات الصادر عن شبكة المدن القوية، ويُختتم بتقييم ذاتي حول اختيار الاستراتيجية وقيادتها.",
        },
        "en": {
            "name": "For mayors: leading prevention and response",
            "description": "For mayors, deputy mayors and governors: preparing the city, preventing hate and extremism, and responding when violence occurs. Built on the Strong Cities Network's guide for mayors, it ends with a self-assessment on choosing and leading a strategy.",
        },
        "fr": {
            "name": "Parcours des maires : piloter la prévention et la réponse",
            "description": "Pour les maires, leurs adjoints et les gouverneurs : préparer la ville, prévenir la haine et l’extrémisme, et réagir lorsque la violence survient. Fondé sur le guide du Strong Cities Network destiné aux maires, il se conclut par une autoévaluation sur le choix et le pilotage d’une stratégie.",
        },
    },
    {
        "slug": "local-government-staff",
        "colour": "purple",
        "ar": {
            "name": "مسار موظفي الإدارة المحلية: من التشخيص إلى التقييم",
            "description": "موجّه إلى موظفي البلديات والمحافظات الذين يحوّلون الأولويات إلى برامج: رسم خريطة الجهات الفاعلة وتقييم الاحتياجات، وبناء إطار محلي للوقاية، والتنسيق وشبكات الوقاية المحلية، وإعادة التأهيل وإعادة الإدماج بالتعاون مع الشركاء الوطنيين، ثم الرصد والتقييم.",
        },
        "en": {
            "name": "For local government staff: from mapping to evaluation",
            "description": "For municipal and governorate staff who turn priorities into programmes: mapping and needs assessment, building a local prevention framework, coordination and local prevention networks, rehabilitation and reintegration with national partners, and monitoring and evaluation.",
        },
        "fr": {
            "name": "Parcours des agents des collectivités : de la cartographie à l’évaluation",
            "description": "Pour les agents des municipalités et des gouvernorats qui traduisent les priorités en programmes : cartographie et évaluation des besoins, construction d’un cadre local de prévention, coordination et réseaux locaux de prévention, réhabilitation et réinsertion avec les partenaires nationaux, suivi et évaluation.",
        },
    },
    {
        "slug": "young-cities",
        "colour": "amber",
        "ar": {
            "name": "المدن الشابة: إشراك الشباب",
            "description": "لماذا يُعدّ الشباب شركاء أساسيين في الوقاية، وكيف يعمل نموذج «المدن الشابة» (Young Cities): مبادئه الخمسة، وفهم التحدي المحلي، ومختبرات الابتكار الشبابي، والمنح الصغيرة لمبادرات المدن، والمجالس الشبابية، مع أمثلة من المنطقة.",
        },
        "en": {
            "name": "Young Cities: engaging young people",
            "description": "Why young people matter to prevention and how the Young Cities model works: its five principles, understanding the local challenge, youth innovation labs, small grants for city initiatives and youth councils, illustrated with examples from the region.",
        },
        "fr": {
            "name": "Young Cities : mobiliser les jeunes",
            "description": "Pourquoi les jeunes comptent dans la prévention et comment fonctionne le modèle Young Cities : ses cinq principes, la compréhension du défi local, les laboratoires d’innovation des jeunes, les petites subventions aux initiatives locales et les conseils de jeunes, avec des exemples de la région.",
        },
    },
]

GUIDEBOOKS = [
    {
        "slug": "guide-for-mayors",
        "year": 2023,
        "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
        "ar": {
            "title": "دليل لرؤساء البلديات: الوقاية من الكراهية والتطرف والاستقطاب والاستجابة لها",
            "publisher": "شبكة المدن القوية (Strong Cities Network)",
        },
        "en": {
            "title": "A Guide for Mayors: Preventing and Responding to Hate, Extremism & Polarisation",
            "publisher": "Strong Cities Network",
        },
        "fr": {
            "title": "Guide à l’intention des maires : prévenir la haine, l’extrémisme et la polarisation, et y répondre",
            "publisher": "Strong Cities Network",
        },
    },
    {
        "slug": "guide-for-cities",
        "year": 2023,
        "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
        "ar": {
            "title": "دليل للمدن: الوقاية من الكراهية والتطرف والاستقطاب",
            "publisher": "شبكة المدن القوية (Strong Cities Network)",
        },
        "en": {
            "title": "A Guide for Cities: Preventing Hate, Extremism & Polarisation",
            "publisher": "Strong Cities Network",
        },
        "fr": {
            "title": "Guide à l’intention des villes : prévenir la haine, l’extrémisme et la polarisation",
            "publisher": "Strong Cities Network",
        },
    },
    {
        "slug": "toolkit-local-prevention-framework",
        "year": 2025,
        "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
        "ar": {
            "title": "مجموعة أدوات للمدن: بناء إطار محلي للوقاية متعدد الأطراف",
            "publisher": "شبكة المدن القوية (Strong Cities Network)",
        },
        "en": {
            "title": "A Toolkit for Cities: Building a Multi-Actor Local Prevention Framework",
            "publisher": "Strong Cities Network",
        },
        "fr": {
            "title": "Boîte à outils pour les villes : bâtir un cadre local de prévention multi-acteurs",
            "publisher": "Strong Cities Network",
        },
    },
    {
        "slug": "young-cities-model",
        "year": 2018,
        "url": "https://youngcities.com/our-model",
        "ar": {
            "title": "المدن الشابة (Young Cities): نموذجنا",
            "publisher": "المدن الشابة (Young Cities)",
        },
        "en": {
            "title": "Young Cities: Our Model",
            "publisher": "Young Cities",
        },
        "fr": {
            "title": "Young Cities : notre modèle",
            "publisher": "Young Cities",
        },
    },
    {
        "slug": "gctf-nlc",
        "year": 2020,
        "url": "",
        "ar": {
            "title": "مذكرة الممارسات الجيدة بشأن تعزيز التعاون بين المستويين الوطني والمحلي في منع التطرف العنيف المفضي إلى الإرهاب ومكافحته",
            "publisher": "المنتدى العالمي لمكافحة الإرهاب",
        },
        "en": {
            "title": "Memorandum on Good Practices on Strengthening National-Local Cooperation in Preventing and Countering Violent Extremism Conducive to Terrorism",
            "publisher": "Global Counterterrorism Forum (GCTF)",
        },
        "fr": {
            "title": "Mémorandum de bonnes pratiques sur le renforcement de la coopération nationale-locale en matière de prévention et de lutte contre l’extrémisme violent conduisant au terrorisme",
            "publisher": "Forum mondial de lutte contre le terrorisme (GCTF)",
        },
    },
    {
        "slug": "unesco-urban-inclusion",
        "year": 2020,
        "url": "",
        "ar": {
            "title": "مجموعة أدوات للإدماج الحضري في المدن العربية: مدن تعزّز الإدماج عبر المشاركة العامة والحصول على المعلومات والرياضة والتربية على المواطنة وحقوق الإنسان",
            "publisher": "منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو)",
        },
        "en": {
            "title": "Toolkit for Urban Inclusion in Arab Cities: Cities Promoting Inclusion Through Public Participation, Access to Information, Sport, and Citizenship and Human Rights Education",
            "publisher": "UNESCO",
        },
        "fr": {
            "title": "Boîte à outils pour l’inclusion urbaine dans les villes arabes : des villes qui favorisent l’inclusion par la participation publique, l’accès à l’information, le sport et l’éducation à la citoyenneté et aux droits humains",
            "publisher": "UNESCO",
        },
    },
    {
        "slug": "undp-journey-to-extremism",
        "year": 2017,
        "url": "",
        "ar": {
            "title": "رحلة إلى التطرف في أفريقيا: الدوافع والحوافز ونقطة التحوّل نحو التجنيد",
            "publisher": "برنامج الأمم المتحدة الإنمائي",
        },
        "en": {
            "title": "Journey to Extremism in Africa: Drivers, Incentives and the Tipping Point for Recruitment",
            "publisher": "United Nations Development Programme (UNDP)",
        },
        "fr": {
            "title": "Le chemin vers l’extrémisme en Afrique : facteurs, incitations et point de basculement vers le recrutement",
            "publisher": "Programme des Nations unies pour le développement (PNUD)",
        },
    },
]

CASE_STUDIES = [
    {
        "slug": "rabat-gender-equality-education",
        "country": "MA",
        "themes": {
            "ar": ["المساواة بين الجنسين", "التعليم", "الشباب", "الشراكات"],
            "en": ["gender equality", "education", "youth", "partnerships"],
            "fr": ["égalité femmes-hommes", "éducation", "jeunesse", "partenariats"],
        },
        "ar": {
            "title": "الرباط: شراكات من أجل المساواة بين الجنسين والتربية على حقوق الإنسان في المدارس",
            "city": "الرباط",
            "summary": "أقامت مدينة الرباط شراكات في مجال المساواة بين الجنسين، من بينها مراكز لمناهضة التحرش اللفظي والجسدي بالنساء، وأوصلت التربية على حقوق الإنسان إلى أكثر من 80 ألف تلميذ وتلميذة. عُرضت هذه التجربة في ورشة الرباط، مارس/آذار 2023.",
            "goal": "لا يحدّد ملخّص الورشة أهدافًا مكتوبة لهذا العمل، بل يصف ما تقوم به المدينة. وإذا قُرئ من زاوية الوقاية، فإنه يخدم هدفين: جعل الفضاء العام أكثر أمانًا وإنصافًا للنساء، وترسيخ ثقافة حقوق الإنسان لدى الناشئة منذ سنوات الدراسة.",
            "approach": "تعمل الرباط من خلال الشراكات لا بمفردها. ففي مجال المساواة بين الجنسين، تشمل هذه الشراكات مراكز تتصدى للتحرش اللفظي والجسدي بالنساء، وإلى جانب ذلك تُقدَّم التربية على حقوق الإنسان لتلاميذ المدارس. ولا يذكر الملخّص أسماء الشركاء ولا طرق التمويل والتنفيذ، لذا يحسن بالمدن الراغبة في الاستفادة من تجربة الرباط أن تستفسر عنها مباشرة.",
            "impact": "يتعلق الرقم المُعلَن بمدى الوصول: فقد استفاد أكثر من 80 ألف تلميذ وتلميذة من التربية على حقوق الإنسان، بحسب ما عُرض في ورشة الرباط (مارس/آذار 2023). ولا يقدّم الملخّص بيانات عن النتائج، كتغيّر المواقف أو تطوّر حالات التحرش المُبلَّغ عنها. ومدى الوصول مؤشر مفيد على المُخرَجات، لكنه لا يكفي وحده دليلًا على التغيير.",
            "lessons_learned": "ليس من الضروري أن تحمل الوقاية عنوان «مكافحة التطرف»: فالمساواة بين الجنسين والتربية على حقوق الإنسان مداخل قد يتقبّلها المجتمع بسهولة أكبر. كما أن العمل عبر المدارس يتيح للمدينة الوصول إلى أعداد كبيرة جدًا من الشباب من خلال مؤسسات قائمة أصلًا. وعلى المدن التي تخطط لعمل مماثل أن تحدد منذ البداية مؤشرات النتائج التي ستتابعها إلى جانب مدى الوصول، للإسهام في بناء قاعدة الأدلة التي ذكرها المشاركون في الورشة ضمن احتياجاتهم.",
            "sources": "شبكة المدن القوية، المركز الإقليمي للشرق الأوسط وشمال أفريقيا، ملخّص الورشة الافتتاحية، الرباط، 16–17 مارس/آذار 2023.",
        },
        "en": {
            "title": "Rabat: gender-equality partnerships and human-rights education in schools",
            "city": "Rabat",
            "summary": "Rabat has built partnerships on gender equality, including centres against verbal and physical harassment of women, and has taken human-rights education to more than 80,000 school students. Reported at the Rabat workshop, March 2023.",
            "goal": "The workshop summary describes what the city does rather than setting out written objectives. Read from a prevention angle, the work serves two aims: making public life safer and fairer for women, and rooting a culture of human rights in young people while they are still at school.",
            "approach": "Rabat works through partnerships rather than alone. On gender equality, these include centres that respond to verbal and physical harassment of women; alongside this, human-rights education is delivered to pupils in schools. The summary does not name the partners or describe funding and delivery, so a city wishing to learn from Rabat should ask about these directly.",
            "impact": "The figure reported is reach: more than 80,000 school students have received human-rights education, as reported at the Rabat workshop (March 2023). The summary gives no outcome data, such as changes in attitudes or in reported harassment. Reach is a useful output indicator, but on its own it is not evidence of change.",
            "lessons_learned": "Prevention does not have to carry a counter-extremism label: gender equality and human-rights education are entry points that communities may find easier to accept. Working through schools lets a city reach very large numbers of young people through institutions that already exist. Cities planning similar work should decide from the outset which outcome indicators they will track alongside reach, to help build the evidence base that workshop participants named as a need.",
            "sources": "Strong Cities Network MENA hub, inaugural workshop summary, Rabat, 16–17 March 2023.",
        },
        "fr": {
            "title": "Rabat : partenariats pour l’égalité femmes-hommes et éducation aux droits humains à l’école",
            "city": "Rabat",
            "summary": "Rabat a noué des partenariats en faveur de l’égalité femmes-hommes, dont des centres de lutte contre le harcèlement verbal et physique envers les femmes, et a porté l’éducation aux droits humains auprès de plus de 80 000 élèves. Présenté à l’atelier de Rabat, mars 2023.",
            "goal": "Le résumé de l’atelier décrit ce que fait la ville plutôt que des objectifs formalisés. Lue sous l’angle de la prévention, cette action poursuit deux buts : rendre l’espace public plus sûr et plus équitable pour les femmes, et ancrer une culture des droits humains chez les jeunes dès l’école.",
            "approach": "Rabat agit en partenariat plutôt que seule. En matière d’égalité femmes-hommes, ces partenariats comprennent des centres qui répondent au harcèlement verbal et physique envers les femmes ; en parallèle, une éducation aux droits humains est dispensée aux élèves. Le résumé ne nomme pas les partenaires et ne décrit ni le financement ni la mise en œuvre : une ville qui souhaite s’inspirer de Rabat aura intérêt à poser ces questions directement.",
            "impact": "Le chiffre rapporté porte sur la portée : plus de 80 000 élèves ont bénéficié d’une éducation aux droits humains, selon ce qui a été présenté à l’atelier de Rabat (mars 2023). Le résumé ne fournit aucune donnée de résultat, par exemple sur l’évolution des attitudes ou des signalements de harcèlement. La portée est un indicateur de réalisation utile, mais elle ne prouve pas à elle seule un changement.",
            "lessons_learned": "La prévention n’a pas besoin de s’afficher comme de la lutte contre l’extrémisme : l’égalité femmes-hommes et l’éducation aux droits humains sont des portes d’entrée que les communautés acceptent parfois plus facilement. Passer par l’école permet à une ville de toucher un très grand nombre de jeunes grâce à des institutions qui existent déjà. Les villes qui envisagent une démarche semblable devraient choisir dès le départ les indicateurs de résultat qu’elles suivront en plus de la portée, afin de contribuer à la base de données probantes que les participants à l’atelier ont citée parmi leurs besoins.",
            "sources": "Strong Cities Network, pôle régional MENA, synthèse de l’atelier inaugural, Rabat, 16–17 mars 2023.",
        },
    },
    {
        "slug": "tripoli-juvenile-reintegration",
        "country": "LB",
        "themes": {
            "ar": ["الشباب", "إعادة الإدماج", "التشغيل", "الاستدامة"],
            "en": ["youth", "reintegration", "employment", "sustainability"],
            "fr": ["jeunesse", "réinsertion", "emploi", "pérennité"],
        },
        "ar": {
            "title": "طرابلس (لبنان): إعادة إدماج الأحداث المحتجزين سابقًا عبر فرص العمل",
            "city": "طرابلس، لبنان",
            "summary": "في طرابلس بلبنان، تعاونت البلدية والمجتمع المدني على إعادة إدماج الأحداث المحتجزين سابقًا في المجتمع من خلال توفير فرص العمل، غير أن استدامة البرنامج تضررت حين انتهى التمويل. عُرضت هذه التجربة في ورشة الرباط، مارس/آذار 2023.",
            "goal": "يتمثل الهدف في إعادة إدماج الشباب الذين مرّوا بمراكز احتجاز الأحداث، باعتماد العمل طريقًا للعودة إلى الحياة المجتمعية. وبالنسبة إلى المدينة، يقع هذا العمل في الطرف الأبعد من سلسلة الوقاية، إذ يستهدف شبابًا مرّوا فعلًا بمنظومة العدالة.",
            "approach": "عملت البلدية ومنظمات المجتمع المدني في إطار شراكة جعلت فرص العمل محور المقاربة. ولا يوضح الملخّص أيّ المنظمات شاركت، ولا كيف أُحيل الشباب إلى البرنامج، ولا طبيعة الأعمال التي عُرضت عليهم؛ وهذه أولى الأسئلة التي ينبغي طرحها قبل تكييف النموذج.",
            "impact": "يشير الملخّص إلى أن استدامة البرنامج تضررت بانتهاء التمويل، ولا يقدّم أرقامًا عن عدد الشباب الذين شملهم أو الذين حصلوا على عمل. والقراءة المنصفة أن النموذج طُبّق فعلًا، لكن استمراره كان رهينًا بتمويل لم يدم.",
            "lessons_learned": "خطِّطوا لما بعد انتهاء التمويل منذ اليوم الأول: حدّدوا التكاليف التي تستطيع البلدية تحمّلها، والشركاء القادرين على مواصلة العمل، والصيغة المصغّرة التي يمكن أن يستمر بها البرنامج. فإعادة الإدماج عمل طويل الأمد لا يتلاءم مع دورات المشاريع القصيرة، لذا يُستحسن ربطها بالشركاء الوطنيين والخدمات القائمة بدلًا من الاعتماد على منحة واحدة. واحتفظوا بسجلات بسيطة عن المشاركين ومآلاتهم، حتى تستند المطالبة بمواصلة التمويل إلى أدلة.",
            "sources": "شبكة المدن القوية، المركز الإقليمي للشرق الأوسط وشمال أفريقيا، ملخّص الورشة الافتتاحية، الرباط، 16–17 مارس/آذار 2023.",
        },
        "en": {
            "title": "Tripoli (Lebanon): reintegrating former juvenile detainees through work",
            "city": "Tripoli, Lebanon",
            "summary": "In Tripoli, Lebanon, the municipality and civil society have worked together to help former juvenile detainees back into community life through jobs, but the programme's sustainability suffered when its funding ended. Reported at the Rabat workshop, March 2023.",
            "goal": "The aim is to reintegrate young people who have been in juvenile detention, with employment as their route back into community life. For a city, this is work at the far end of the prevention spectrum: it supports young people who have already been through the justice system.",
            "approach": "The municipality and civil society organisations worked in partnership, with jobs at the centre of the approach. The summary does not say which organisations took part, how young people were referred, or what kinds of work were offered; these are the first questions to ask before adapting the model.",
            "impact": "The summary reports that sustainability suffered when funding ended. It gives no figures for the number of young people reached or placed in work. The honest reading is that the model was put into practice, but its continuity depended on money that did not last.",
            "lessons_learned": "Plan for the end of funding from the start: identify which costs the municipality can absorb, which partners can carry on, and what a scaled-down version would look like. Reintegration is long-term work that fits poorly with short project cycles, so where possible link it to national partners and existing services rather than to a single grant. Keep simple records of who takes part and what happens to them, so that the case for continued funding can rest on evidence.",
            "sources": "Strong Cities Network MENA hub, inaugural workshop summary, Rabat, 16–17 March 2023.",
        },
        "fr": {
            "title": "Tripoli (Liban) : réinsérer d’anciens mineurs détenus par l’emploi",
            "city": "Tripoli (Liban)",
            "summary": "À Tripoli, au Liban, la municipalité et la société civile ont œuvré ensemble à la réinsertion d’anciens mineurs détenus par l’emploi, mais la pérennité du programme a souffert de la fin de son financement. Présenté à l’atelier de Rabat, mars 2023.",
            "goal": "L’objectif est de réinsérer des jeunes passés par la détention pour mineurs, en faisant de l’emploi leur voie de retour dans la vie de la communauté. Pour une ville, ce travail se situe à l’extrémité du spectre de la prévention : il s’adresse à des jeunes déjà passés par le système judiciaire.",
            "approach": "La municipalité et des organisations de la société civile ont travaillé en partenariat, en plaçant l’emploi au cœur de la démarche. Le résumé ne précise ni les organisations impliquées, ni la manière dont les jeunes ont été orientés vers le programme, ni le type d’emplois proposés : ce sont les premières questions à poser avant d’adapter le modèle.",
            "impact": "Le résumé indique que la pérennité du programme a souffert de la fin du financement. Il ne donne aucun chiffre sur le nombre de jeunes accompagnés ou ayant trouvé un emploi. En toute honnêteté, on peut dire que le modèle a été mis en œuvre, mais que sa continuité dépendait d’un financement qui n’a pas duré.",
            "lessons_learned": "Préparer la fin du financement dès le départ : déterminer les coûts que la municipalité peut absorber, les partenaires capables de prendre le relais et la forme que prendrait une version réduite du programme. La réinsertion est un travail de long terme, mal adapté aux cycles de projet courts : mieux vaut, lorsque c’est possible, l’adosser aux partenaires nationaux et aux services existants plutôt qu’à une seule subvention. Tenir un suivi simple des participants et de leur parcours permet de défendre la poursuite du financement sur la base de données probantes.",
            "sources": "Strong Cities Network, pôle régional MENA, synthèse de l’atelier inaugural, Rabat, 16–17 mars 2023.",
        },
    },
    {
        "slug": "iraq-local-prevention-subcommittees",
        "country": "IQ",
        "themes": {
            "ar": ["التعاون بين المستويين الوطني والمحلي", "هياكل الوقاية المحلية", "الاستدامة"],
            "en": ["national–local cooperation", "local prevention structures", "sustainability"],
            "fr": ["coopération nationale-locale", "structures locales de prévention", "pérennité"],
        },
        "ar": {
            "title": "العراق: لجان فرعية محلية للوقاية في المحافظات",
            "city": "محافظات في أنحاء العراق",
            "summary": "في العراق، تتولى لجان فرعية محلية للوقاية في المحافظات تنفيذ الاستراتيجية الوطنية لمكافحة التطرف العنيف، مستندةً إلى بند في موازنة عام 2023، وترفع تقاريرها إلى اللجنة الوطنية كل ثلاثة أشهر. وقد بدأت سبع لجان على الأقل عملها في مارس/آذار 2023، بحسب ما عُرض في ورشة الرباط.",
            "goal": "تحويل الاستراتيجية الوطنية لمكافحة التطرف العنيف إلى عمل محلي، من خلال منح المحافظات دورًا رسميًا في تنفيذها. فاللجان الفرعية تصل الأولويات الوطنية بالأماكن التي يجب أن تُنفَّذ فيها.",
            "approach": "تُنشأ اللجان الفرعية على مستوى المحافظات وتُكلَّف بتنفيذ الاستراتيجية الوطنية. وهي تحظى ببند مخصّص في موازنة عام 2023، وترفع تقاريرها إلى اللجنة الوطنية كل ثلاثة أشهر، ما يفتح قناة منتظمة ورسمية بين المستويين المحلي والوطني. ولا يوضح الملخّص تركيبة هذه اللجان ولا الأنشطة التي تموّلها.",
            "impact": "بدأت سبع لجان فرعية على الأقل عملها في مارس/آذار 2023، بحسب ما عُرض في ورشة الرباط في الشهر نفسه. ويصف الملخّص البنية وانطلاقها أكثر مما يصف نتائج ميدانية: ولاية واضحة، وموازنة، ودورة منتظمة لرفع التقارير. لذا يُقرأ هذا المثال بوصفه نموذجًا لترسيخ التعاون بين المستويين الوطني والمحلي في المؤسسات.",
            "lessons_learned": "يكون التعاون بين المستويين الوطني والمحلي أمتن حين يقوم على بنية وموازنة وإيقاع منتظم لرفع التقارير، لا على حسن النية وحده. فالبند المخصّص في الموازنة يمنح الهيئات المحلية وسائل العمل، والتقارير المنتظمة تُبقي المستوى الوطني على اطلاع وتجعل المستوى المحلي خاضعًا للمساءلة. ويمكن للمدن والمحافظات في البلدان الأخرى أن تطلب من الجهات الوطنية المعنية هذه العناصر الثلاثة: ولاية واضحة، وموارد، وقناة منتظمة لتبادل الملاحظات في الاتجاهين.",
            "sources": "شبكة المدن القوية، المركز الإقليمي للشرق الأوسط وشمال أفريقيا، ملخّص الورشة الافتتاحية، الرباط، 16–17 مارس/آذار 2023.",
        },
        "en": {
            "title": "Iraq: local prevention sub-committees in the governorates",
            "city": "Governorates across Iraq",
            "summary": "In Iraq, local prevention sub-committees in the governorates implement the national strategy to counter violent extremism, backed by a 2023 budget line and reporting quarterly to the national committee. At least seven started work in March 2023, as reported at the Rabat workshop.",
            "goal": "To turn the national CVE strategy into local action by giving governorates a formal role in delivering it. The sub-committees link national priorities with the places where they have to be put into practice.",
            "approach": "Sub-committees are set up at governorate level with the task of implementing the national strategy. They have a budget line for 2023 and report every quarter to the national committee, which creates a regular, formal channel between the local and national levels. The summary does not describe who sits on the sub-committees or what activities they fund.",
            "impact": "At least seven sub-committees started work in March 2023, as reported at the Rabat workshop that same month. The summary describes the structure and its launch rather than results on the ground: a mandate, a budget and a reporting cycle. It is best read as an example of national–local cooperation being built into institutions.",
            "lessons_learned": "National–local cooperation holds up better when it rests on a structure, a budget and a reporting rhythm, not on goodwill alone. A dedicated budget line gives local bodies the means to act, and regular reporting keeps the national level informed and the local level accountable. Cities and governorates elsewhere can ask their national counterparts for the same three things: a clear mandate, resources, and a regular channel for feedback in both directions.",
            "sources": "Strong Cities Network MENA hub, inaugural workshop summary, Rabat, 16–17 March 2023.",
        },
        "fr": {
            "title": "Irak : des sous-comités locaux de prévention dans les gouvernorats",
            "city": "Gouvernorats de tout l’Irak",
            "summary": "En Irak, des sous-comités locaux de prévention mettent en œuvre, dans les gouvernorats, la stratégie nationale de lutte contre l’extrémisme violent ; ils disposent d’une ligne budgétaire pour 2023 et rendent compte chaque trimestre au comité national. Au moins sept ont démarré leurs travaux en mars 2023, selon ce qui a été présenté à l’atelier de Rabat.",
            "goal": "Traduire la stratégie nationale de lutte contre l’extrémisme violent en action locale, en confiant aux gouvernorats un rôle formel dans sa mise en œuvre. Les sous-comités relient les priorités nationales aux territoires où elles doivent se concrétiser.",
            "approach": "Les sous-comités sont créés à l’échelle des gouvernorats et chargés de mettre en œuvre la stratégie nationale. Ils bénéficient d’une ligne budgétaire pour 2023 et rendent compte chaque trimestre au comité national, ce qui établit un canal régulier et formel entre les niveaux local et national. Le résumé ne précise ni la composition des sous-comités ni les activités qu’ils financent.",
            "impact": "Au moins sept sous-comités ont démarré leurs travaux en mars 2023, selon ce qui a été présenté à l’atelier de Rabat le même mois. Le résumé décrit le dispositif et son lancement plutôt que des résultats sur le terrain : un mandat, un budget et un cycle de compte rendu. Il faut donc le lire comme un exemple d’ancrage institutionnel de la coopération nationale-locale.",
            "lessons_learned": "La coopération nationale-locale tient mieux lorsqu’elle repose sur une structure, un budget et un rythme de compte rendu, et pas seulement sur la bonne volonté. Une ligne budgétaire dédiée donne aux instances locales les moyens d’agir, et des rapports réguliers tiennent le niveau national informé tout en rendant le niveau local redevable. Les villes et gouvernorats d’autres pays peuvent demander à leurs interlocuteurs nationaux ces trois éléments : un mandat clair, des ressources et un canal d’échange régulier dans les deux sens.",
            "sources": "Strong Cities Network, pôle régional MENA, synthèse de l’atelier inaugural, Rabat, 16–17 mars 2023.",
        },
    },
]
