"""Demo course "Young Cities: engaging young people" for the young-cities track, in Arabic, English and French: why young people are partners in preventing hate, extremism and polarisation, the five Young Cities principles, listening through perception surveys, focus groups and social-media analysis, youth innovation labs and small City Initiatives grants, youth councils, and cases from the MENA region. Facts come only from the shared content catalogue (CATALOGUE.md): the Young Cities model and its reported figures, the Rabat workshop summary of March 2023 (cited as such), and the UNDP and UNESCO publications it lists; practical advice is framed as guidance, not as reported results, and quoted views are paraphrased composites of needs reported at the workshop. The shape is checked by ``home.demo.content.schema.validate_course``."""

COURSE = {
    "slug": "engaging-young-people",
    "track": "young-cities",
    "estimated_hours": 1,
    "awards_certificate": True,
    "ar": {
        "title": "المدن الشابة: إشراك الشباب",
        "audience": "لموظفي البلديات والمنتخبين المحليين وأعضاء مجالس الشباب الذين يريدون العمل مع الشباب للوقاية من الكراهية والتطرف والاستقطاب.",
        "summary": "الشباب شركاء المدينة في الوقاية، وليسوا مجرد فئة مستهدفة. يتتبّع هذا المساق نموذج «المدن الشابة» (Young Cities) خطوةً خطوة: مبادئه الخمسة، والإصغاء إلى الشباب استنادًا إلى الأدلة، ومختبرات الابتكار الشبابي والمنح البلدية الصغيرة، ومجالس الشباب القادرة على الاستمرار. ويستند إلى تجارب من لبنان والأردن والمغرب، وإلى ورشة الرباط التي عقدها المركز الإقليمي لشبكة المدن القوية في الشرق الأوسط وشمال أفريقيا في مارس/آذار 2023.",
        "outcomes": [
            "أن تشرح لماذا ينبغي أن يكون الشباب شركاء في الوقاية المحلية، وأن تطبّق المبادئ الخمسة لنموذج «المدن الشابة» على مشروع بلدي.",
            "أن تخطط لفهم آراء الشباب محليًا من خلال استطلاعات التصورات ومجموعات النقاش المركّزة وتحليل وسائل التواصل الاجتماعي، بطريقة آمنة وأخلاقية.",
            "أن تصمّم مختبرًا للابتكار الشبابي أو جولة منح صغيرة تفضي إلى حملات ومشاريع يقودها الشباب.",
            "أن تُنشئ مجلسًا للشباب بتفويض حقيقي، وأن تخطط لاستمراره.",
            "أن تكيّف العمل مع الشباب وفق سياق المدينة: مستقرة، أو هشّة ومتأثرة بالنزاع، أو خارجة من نزاع.",
        ],
    },
    "en": {
        "title": "Young Cities: engaging young people",
        "audience": "Municipal staff, elected officials and youth-council members who want to work with young people to prevent hate, extremism and polarisation.",
        "summary": "Young people are the city's partners in prevention, not just its target group. This course follows the Young Cities model step by step: its five principles, listening to young people on the basis of evidence, youth innovation labs and small municipal grants, and youth councils that last. It draws on practice from Lebanon, Jordan and Morocco and on the Rabat workshop held by the Strong Cities Network's MENA hub in March 2023.",
        "outcomes": [
            "Explain why young people should be partners in local prevention, and apply the five Young Cities principles to a municipal project.",
            "Plan how to understand young people's views locally through perception surveys, focus groups and social-media analysis, safely and ethically.",
            "Design a youth innovation lab or a small-grants round that leads to youth-led campaigns and projects.",
            "Set up a youth council with a real mandate, and plan how to keep it going.",
            "Adapt youth engagement to a stable, a fragile or conflict-affected, or a post-conflict city.",
        ],
    },
    "fr": {
        "title": "Young Cities : mobiliser les jeunes",
        "audience": "Pour le personnel municipal, les élus locaux et les membres de conseils de jeunes qui veulent travailler avec les jeunes pour prévenir la haine, l’extrémisme et la polarisation.",
        "summary": "Les jeunes sont des partenaires de la ville en matière de prévention, et pas seulement un public cible. Ce cours suit pas à pas le modèle Young Cities : ses cinq principes, une écoute des jeunes fondée sur des données, les laboratoires d’innovation des jeunes et les petites subventions municipales, et des conseils de jeunes qui durent. Il s’appuie sur des expériences menées au Liban, en Jordanie et au Maroc, ainsi que sur l’atelier organisé à Rabat en mars 2023 par le pôle régional MENA du Strong Cities Network.",
        "outcomes": [
            "Expliquer pourquoi les jeunes doivent être partenaires de la prévention locale, et appliquer les cinq principes de Young Cities à un projet municipal.",
            "Planifier l’écoute des jeunes au niveau local grâce aux enquêtes de perception, aux groupes de discussion et à l’analyse des réseaux sociaux, de manière sûre et éthique.",
            "Concevoir un laboratoire d’innovation des jeunes ou un appel à petites subventions qui débouche sur des campagnes et des projets portés par les jeunes.",
            "Mettre en place un conseil de jeunes doté d’un vrai mandat, et prévoir sa pérennité.",
            "Adapter l’engagement des jeunes au contexte de la ville : stable, fragile ou touchée par un conflit, ou en sortie de conflit.",
        ],
    },
    "modules": [
        # ------------------------------------------------------------------
        # Module 1: why youth, and the five principles
        # ------------------------------------------------------------------
        {
            "slug": "why-youth-and-the-five-principles",
            "estimated_minutes": 11,
            "source": {
                "guidebook": "young-cities-model",
                "chapter": {
                    "ar": "نموذج «المدن الشابة»: المبادئ الخمسة",
                    "en": "The Young Cities model: five principles",
                    "fr": "Le modèle Young Cities : cinq principes",
                },
                "url": "https://youngcities.com/our-model",
            },
            "ar": {
                "title": "لماذا الشباب؟ والمبادئ الخمسة",
                "objectives": [
                    "أن تشرح ما تكسبه البلدية حين تعامل الشباب بوصفهم شركاء في الوقاية.",
                    "أن تسمّي المبادئ الخمسة لنموذج «المدن الشابة» وتطبّقها: محلي، ومبتكر، ومتعدد القطاعات، وقائم على الأدلة، وتمكيني.",
                    "أن تدرك كيف تؤثر القرارات البلدية اليومية في ثقة الشباب بالمؤسسات المحلية.",
                ],
            },
            "en": {
                "title": "Why youth, and the five principles",
                "objectives": [
                    "Explain what a municipality gains by treating young people as partners in prevention.",
                    "Name and apply the five Young Cities principles: local, innovative, cross-sectoral, evidence-led and empowering.",
                    "Recognise how everyday municipal decisions shape young people's trust in local institutions.",
                ],
            },
            "fr": {
                "title": "Pourquoi les jeunes, et les cinq principes",
                "objectives": [
                    "Expliquer ce que gagne une municipalité à considérer les jeunes comme des partenaires de la prévention.",
                    "Nommer et appliquer les cinq principes de Young Cities : local, innovant, intersectoriel, fondé sur des données probantes et émancipateur.",
                    "Mesurer combien les décisions municipales du quotidien pèsent sur la confiance des jeunes envers les institutions locales.",
                ],
            },
            "lessons": [
                {
                    "slug": "why-young-people",
                    "estimated_minutes": 5,
                    "required": True,
                    "ar": {
                        "title": "لماذا الشباب؟ من فئة مستهدفة إلى شركاء",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>حين يتحدث المسؤولون عن الشباب والتطرف، كثيرًا ما يبدأ الحديث من زاوية الخطر: من قد يُجنَّد؟ ومن قد يتطرف عبر الإنترنت؟ هذا سؤال مشروع، لكنه لا يروي سوى نصف القصة. فالشباب هم أيضًا أكثر سكان المدينة طاقةً وإبداعًا، وأقربهم معرفةً بما يجري في أحيائهم ومدارسهم وعلى شاشات هواتفهم. والمدينة التي تكتفي بمراقبتهم تُفوّت هذه المعرفة، أما المدينة التي تعمل معهم فتستطيع أن تستفيد منها.</p>"
                                "<h3>ماذا قالت المنطقة؟</h3>"
                                "<p>في الورشة الافتتاحية للمركز الإقليمي لشبكة المدن القوية في الشرق الأوسط وشمال أفريقيا (الرباط، 16–17 مارس/آذار 2023)، عدّد أكثر من 70 ممثلًا عن الحكومات المحلية والوطنية والمجتمع المدني من سبع دول التهديداتِ التي تواجهها مدنهم. وكانت بطالة الشباب من بينها، إلى جانب التضليل والدعاية عبر الإنترنت، وإهمال المناطق الريفية والحدودية. كما طلب المشاركون تدريبًا على بناء العلاقات مع الشباب والنساء والأقليات.</p>"
                                "<h3>ماذا تقول الأدلة؟</h3>"
                                "<p>تشير دراسة برنامج الأمم المتحدة الإنمائي «رحلة إلى التطرف في أفريقيا» (Journey to Extremism in Africa، 2017، ومتابعتها عام 2023 التي شملت أكثر من 2000 مستجيب في ثماني دول) إلى دوافع اجتماعية واقتصادية، وتخلص إلى أن تجربةً مع إجراءات الدولة قد تكون نقطة التحول نحو التطرف العنيف. صحيح أن الدراسة أُجريت في أفريقيا لا في الشرق الأوسط، لكن درسها صالح هنا أيضًا: طريقة تعامل المؤسسات مع الشباب مهمة. والبلدية كثيرًا ما تكون الجزء من الدولة الذي يلتقيه الشباب أكثر من غيره: عند شبّاك الخدمات، وفي دار الشباب، وفي الملعب، وفي مكتب الرخص.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "قبل أن نصمّم أي شيء للشباب، علينا أن نعرف مدينتنا حقًّا، من العاصمة إلى القرى الحدودية النائية، وأن يتعلّم موظفونا كيف يبنون علاقات مع الشباب.",
                                    "speaker": "مشاركون في الورشة (رأي مركّب)",
                                    "role": "احتياجات طُرحت في ورشة الرباط، مارس/آذار 2023 (بتصرّف)",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<h3>شركاء، لا مجرد مستفيدين</h3>"
                                "<p>العمل مع الشباب لا يعني أن نترك لهم كل القرارات، ولا أن ندعو بعضهم لالتقاط صورة تذكارية. إنه يعني أن نسألهم عمّا يرونه، وأن نشركهم في تصميم الحلول، وأن نمنحهم موارد للتحرك، وأن نعود إليهم لنخبرهم بما تغيّر. وعلى هذه الفكرة يقوم نموذج «المدن الشابة» المعمول به منذ عام 2018، وسيعرض الدرس التالي مبادئه الخمسة.</p>",
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "أهم ما في الدرس",
                                    "items": [
                                        "الشباب فئة تحتاج إلى الحماية، وهم في الوقت نفسه أفضل مصدر للمعرفة المحلية والأفكار الجديدة في المدينة.",
                                        "طُرحت بطالة الشباب والتضليل عبر الإنترنت وإهمال المناطق الريفية والحدودية بوصفها تهديدات في ورشة الرباط، مارس/آذار 2023.",
                                        "تشير أدلة برنامج الأمم المتحدة الإنمائي إلى أن طريقة تعامل الدولة مع الناس قد تدفعهم نحو التطرف أو تبعدهم عنه، والبلدية هي وجه الدولة الذي يلتقيه الشباب أكثر من غيره.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "استحضر آخر ثلاثة قرارات اتخذتها بلديتك وكان لها أثر على الشباب (مرفق، أو خدمة، أو نشاط، أو قاعدة تنظيمية). هل استُشير الشباب قبل اتخاذها؟ وما الذي كان سيتغيّر لو استُشيروا؟"
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Why young people? From target group to partners",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>When officials talk about young people and extremism, the conversation often starts with risk: who might be recruited, who might be radicalised online? That question is legitimate, but it tells only half the story. Young people are also the residents with the most energy and creativity, and the closest knowledge of what happens in their neighbourhoods, their schools and their social-media feeds. A city that only watches them misses that knowledge; a city that works with them can put it to use.</p>"
                                "<h3>What the region told us</h3>"
                                "<p>At the inaugural workshop of the Strong Cities Network's MENA hub (Rabat, 16–17 March 2023), more than 70 representatives of local and national governments and civil society from seven countries listed the threats their cities face. Youth unemployment was one of them, alongside online disinformation and propaganda and neglected rural and border areas. Participants also asked for training on building relationships with youth, women and minorities.</p>"
                                "<h3>What the evidence says</h3>"
                                "<p>UNDP's <em>Journey to Extremism in Africa</em> (2017, with a 2023 follow-up of more than 2,000 respondents in eight countries) points to socio-economic drivers and finds that an experience of state action can be the tipping point towards violent extremism. The study was carried out in Africa, not the Middle East, but its lesson travels: how institutions treat young people matters. And the municipality is often the part of the state that young people meet most: at the service counter, in the youth centre, on the sports ground, at the permits office.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "Before we design anything for young people, we need to really know our own city, from the capital to the remote border villages, and our staff need to learn how to build relationships with young people.",
                                    "speaker": "Workshop participants (composite)",
                                    "role": "Needs reported at the Rabat workshop, March 2023 (paraphrased)",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<h3>Partners, not just beneficiaries</h3>"
                                "<p>Working with young people does not mean handing every decision over to them, nor inviting a few of them for a photo opportunity. It means asking them what they see, involving them in designing responses, giving them resources to act, and coming back to tell them what changed. The Young Cities model, in use since 2018, is built on this idea; the next lesson sets out its five principles.</p>",
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "Key takeaways",
                                    "items": [
                                        "Young people are a group to protect and, at the same time, the city's best source of local knowledge and new ideas.",
                                        "Youth unemployment, online disinformation and neglected rural and border areas were named as threats at the Rabat workshop, March 2023.",
                                        "UNDP's evidence suggests that the way the state treats people can push them towards extremism or away from it, and the municipality is the face of the state that young people meet most often.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Think of the last three decisions your municipality took that affected young people (a facility, a service, an event, a rule). Were young people asked before the decision was made? What would have changed if they had been?"
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Pourquoi les jeunes ? D’un public cible à des partenaires",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Lorsque les responsables parlent de jeunesse et d’extrémisme, la discussion commence souvent par le risque : qui pourrait être recruté, qui pourrait se radicaliser en ligne ? La question est légitime, mais elle ne raconte que la moitié de l’histoire. Les jeunes sont aussi les habitants qui ont le plus d’énergie et de créativité, et qui connaissent le mieux ce qui se passe dans leurs quartiers, leurs écoles et leurs fils d’actualité. Une ville qui se contente de les surveiller se prive de ce savoir ; une ville qui travaille avec eux peut en tirer parti.</p>"
                                "<h3>Ce que nous a dit la région</h3>"
                                "<p>Lors de l’atelier inaugural du pôle régional MENA du Strong Cities Network (Rabat, 16 et 17 mars 2023), plus de 70 représentants de gouvernements locaux et nationaux et de la société civile de sept pays ont recensé les menaces auxquelles leurs villes font face. Le chômage des jeunes en faisait partie, aux côtés de la désinformation et de la propagande en ligne et de l’abandon des zones rurales et frontalières. Les participants ont aussi demandé des formations pour nouer des relations avec les jeunes, les femmes et les minorités.</p>"
                                "<h3>Ce que disent les données</h3>"
                                "<p>L’étude du PNUD <em>Journey to Extremism in Africa</em> (2017, complétée en 2023 par une enquête auprès de plus de 2 000 personnes dans huit pays) met en évidence des facteurs socio-économiques et montre qu’une expérience vécue face à l’action de l’État peut faire basculer vers l’extrémisme violent. L’étude porte sur l’Afrique et non sur le Moyen-Orient, mais sa leçon vaut ici aussi : la manière dont les institutions traitent les jeunes compte. Or la municipalité est souvent la partie de l’État que les jeunes côtoient le plus : au guichet, à la maison des jeunes, sur le terrain de sport, au service des autorisations.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "Avant de concevoir quoi que ce soit pour les jeunes, nous devons vraiment connaître notre ville, de la capitale aux villages frontaliers reculés, et nos agents doivent apprendre à nouer des relations avec les jeunes.",
                                    "speaker": "Participants à l’atelier (propos composites)",
                                    "role": "Besoins exprimés à l’atelier de Rabat, mars 2023 (paraphrase)",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<h3>Des partenaires, pas seulement des bénéficiaires</h3>"
                                "<p>Travailler avec les jeunes ne veut pas dire leur abandonner toutes les décisions, ni en inviter quelques-uns pour la photo. Cela veut dire leur demander ce qu’ils observent, les associer à la conception des réponses, leur donner les moyens d’agir et revenir vers eux pour leur dire ce qui a changé. C’est l’idée qui fonde le modèle Young Cities, mis en œuvre depuis 2018 ; la leçon suivante présente ses cinq principes.</p>",
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "À retenir",
                                    "items": [
                                        "Les jeunes sont à la fois un public à protéger et la meilleure source de connaissances locales et d’idées nouvelles dont dispose la ville.",
                                        "Le chômage des jeunes, la désinformation en ligne et l’abandon des zones rurales et frontalières ont été cités comme menaces à l’atelier de Rabat, en mars 2023.",
                                        "Selon les travaux du PNUD, la façon dont l’État traite les personnes peut les pousser vers l’extrémisme ou les en éloigner ; or la municipalité est le visage de l’État que les jeunes rencontrent le plus souvent.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Pensez aux trois dernières décisions de votre municipalité qui ont touché les jeunes (un équipement, un service, un événement, une règle). Les jeunes ont-ils été consultés avant ? Qu’est-ce qui aurait changé s’ils l’avaient été ?"
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "the-five-principles",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "المبادئ الخمسة لنموذج «المدن الشابة»",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>يقوم نموذج «المدن الشابة» على خمسة مبادئ، وهي قصيرة بما يكفي لتُحفظ، وعملية بما يكفي لاختبار أي مشروع على ضوئها. استخدمها قائمةَ تحقّق حين تخطط بلديتك لعمل مع الشباب.</p>"
                                "<ul>"
                                "<li><strong>محلي.</strong> انطلق من واقع مدينتك، لا من نموذج وطني جاهز أو برنامج مستورد من بلد آخر. فما يغذّي الاستقطاب في حيّ قد لا يكون موجودًا في الحي المجاور.</li>"
                                "<li><strong>مبتكر.</strong> افسح المجال للأفكار الجديدة، ولا سيما أفكار الشباب أنفسهم. جرّب على نطاق صغير، وتعلّم، ثم عدّل. فالحملة التي يصممها الشباب لأقرانهم كثيرًا ما تصل إلى جمهور لا تبلغه الرسائل الرسمية.</li>"
                                "<li><strong>متعدد القطاعات.</strong> لا تملك أي إدارة بمفردها ملف الوقاية. فلدى مصالح الشباب والتعليم والشؤون الاجتماعية والرياضة والثقافة والتواصل جزء من الحل، وكذلك لدى المجتمع المدني والمدارس والمؤسسات الاقتصادية المحلية.</li>"
                                "<li><strong>قائم على الأدلة.</strong> ابنِ قراراتك على ما تعلّمته من الشباب أنفسهم عبر استطلاعات التصورات ومجموعات النقاش المركّزة وتحليل وسائل التواصل الاجتماعي (الوحدة الثانية)، ثم تحقّق لاحقًا مما إذا كان عملك قد أحدث فرقًا.</li>"
                                "<li><strong>تمكيني.</strong> امنح الشباب أدوارًا ومهارات وموارد حقيقية، لا مقعدًا بين الجمهور فحسب. والتمكين يشمل موظفي البلدية أيضًا: فالنموذج يتضمن تدريبًا لهم كي يعملوا مع الشباب بثقة.</li>"
                                "</ul>"
                                "<h3>المبادئ تعمل معًا</h3><p>لنفترض أن بلدية تشعر بالقلق من انتشار خطاب الكراهية بين المراهقين. الاستجابة المحلية القائمة على الأدلة تبدأ بسؤالهم: أين يصادفون هذا الخطاب؟ وما الذي يرونه مفيدًا؟ والاستجابة المتعددة القطاعات تُشرك المدارس وفريق التواصل في البلدية. أما الاستجابة المبتكرة والتمكينية فتترك لمجموعة من الشباب تصميم الحل وتنفيذه، بميزانية صغيرة ودعم من الموظفين، ثم تتحقق مع أقرانهم مما إذا كان قد نجح.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "اختبر مشروعك بخمسة أسئلة",
                                    "text": "<p>هل ينطلق من وضع مدينتنا؟ هل يجرّب شيئًا جديدًا؟ هل يشرك أكثر من إدارة أو شريك؟ هل يستند إلى أدلة، وهل سنقيس نتائجه؟ هل للشباب فيه قرارات وموارد حقيقية؟ إذا كان الجواب «لا» عن أي سؤال، فعالج ذلك قبل الإطلاق.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "young-cities-model",
                                    "chapter": "نموذج «المدن الشابة»: المبادئ الخمسة",
                                    "page": None,
                                    "url": "https://youngcities.com/our-model",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "تحقّق من فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "multiple",
                                            "prompt": "أيٌّ مما يلي من المبادئ الخمسة لنموذج «المدن الشابة»؟",
                                            "options": [
                                                {
                                                    "text": "محلي",
                                                    "correct": True,
                                                    "feedback": "صحيح: ينطلق العمل من وضع المدينة نفسها لا من قالب جاهز.",
                                                },
                                                {
                                                    "text": "قائم على الأدلة",
                                                    "correct": True,
                                                    "feedback": "صحيح: تُبنى القرارات على ما يُتعلَّم من الشباب، ثم يُتحقَّق من النتائج.",
                                                },
                                                {
                                                    "text": "قائم على الأمن",
                                                    "correct": False,
                                                    "feedback": "ليس من المبادئ الخمسة. الأمن مهم، لكن النموذج مبني على مشاركة الشباب لا على التدابير الأمنية.",
                                                },
                                                {
                                                    "text": "تمكيني",
                                                    "correct": True,
                                                    "feedback": "صحيح: يحصل الشباب على أدوار ومهارات وموارد حقيقية.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "تنقل بلدية حملة توعية وطنية كما هي إلى جميع أحيائها دون أي تعديل. أي مبدأ تُغفله هذه الخطوة بوضوح أكبر؟",
                                            "options": [
                                                {
                                                    "text": "محلي",
                                                    "correct": True,
                                                    "feedback": "أحسنت. فالحملة تتجاهل خصوصية كل حي، وهي أول ما يطلب المبدأ المحلي مراعاته.",
                                                },
                                                {
                                                    "text": "متعدد القطاعات",
                                                    "correct": False,
                                                    "feedback": "قد تُغفل هذا المبدأ أيضًا، لكن المشكلة الأساسية أن الحملة لم تُكيَّف مع الواقع المحلي.",
                                                },
                                                {
                                                    "text": "مبتكر",
                                                    "correct": False,
                                                    "feedback": "إعادة استخدام المواد ليست خطأً في حد ذاتها؛ الثغرة الأكبر أن شيئًا لم يُكيَّف مع الواقع المحلي.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "وفق مبدأ التمكين، تكفي دعوة الشباب إلى حضور حفل إطلاق مشروع بلدي.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "حضور فعالية ليس تمكينًا. يحتاج الشباب إلى أدوار ومهارات وموارد حقيقية، كأن يشاركوا في تصميم المشروع أو قيادته.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. التمكين يعني منح الشباب أدوارًا ومهارات وموارد حقيقية، لا مجرد مقعد بين الحضور.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "The five Young Cities principles",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>The Young Cities model rests on five principles. They are short enough to remember and practical enough to test any project against. Use them as a checklist whenever your municipality plans work with young people.</p>"
                                "<ul>"
                                "<li><strong>Local.</strong> Start from your own city's reality, not from a ready-made national template or a programme imported from another country. What fuels polarisation in one district may not exist in the next.</li>"
                                "<li><strong>Innovative.</strong> Make room for new ideas, especially young people's own. Try things on a small scale, learn, then adjust. A campaign designed by young people for their peers often reaches audiences that official messages never do.</li>"
                                "<li><strong>Cross-sectoral.</strong> No single department owns prevention. Youth, education, social affairs, sport, culture and communications each hold part of the answer, and so do civil society, schools and local businesses.</li>"
                                "<li><strong>Evidence-led.</strong> Base your decisions on what you have learned from young people themselves, through perception surveys, focus groups and social-media analysis (Module 2), and check afterwards whether your work made a difference.</li>"
                                "<li><strong>Empowering.</strong> Give young people real roles, skills and resources, not just a seat in the audience. Empowerment applies to municipal staff too: the model includes training so that officials can work with young people with confidence.</li>"
                                "</ul>"
                                "<h3>The principles work together</h3><p>Take a municipality worried about hate speech among teenagers. A local, evidence-led response starts by asking them where they come across it and what they think would help. A cross-sectoral response brings in schools and the municipality's communications team. An innovative, empowering response lets a group of young people design and run the action, with a small budget and support from staff, and then checks with their peers whether it worked.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Test a project with five questions",
                                    "text": "<p>Does it start from our city's situation? Does it try something new? Does it involve more than one department or partner? Is it based on evidence, and will we measure its results? Do young people have real decisions and resources in it? If the answer to any of these is “no”, fix it before you launch.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "young-cities-model",
                                    "chapter": "The Young Cities model: five principles",
                                    "page": None,
                                    "url": "https://youngcities.com/our-model",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Check your understanding",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which of the following are among the five Young Cities principles?",
                                            "options": [
                                                {
                                                    "text": "Local",
                                                    "correct": True,
                                                    "feedback": "Correct: the work starts from the city's own situation, not from a ready-made template.",
                                                },
                                                {
                                                    "text": "Evidence-led",
                                                    "correct": True,
                                                    "feedback": "Correct: decisions rest on what is learned from young people, and results are checked afterwards.",
                                                },
                                                {
                                                    "text": "Security-led",
                                                    "correct": False,
                                                    "feedback": "Not one of the five. Security matters, but the model is built on young people's participation, not on security measures.",
                                                },
                                                {
                                                    "text": "Empowering",
                                                    "correct": True,
                                                    "feedback": "Correct: young people get real roles, skills and resources.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "A municipality rolls out a national awareness campaign unchanged in every district. Which principle does this most clearly miss?",
                                            "options": [
                                                {
                                                    "text": "Local",
                                                    "correct": True,
                                                    "feedback": "Well done. The campaign ignores what is specific to each district, which is the first thing the local principle asks you to consider.",
                                                },
                                                {
                                                    "text": "Cross-sectoral",
                                                    "correct": False,
                                                    "feedback": "It may miss this one too, but the main problem is that the campaign was not adapted to local realities.",
                                                },
                                                {
                                                    "text": "Innovative",
                                                    "correct": False,
                                                    "feedback": "Reusing material is not wrong in itself; the bigger gap is that nothing was adapted to local realities.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Under the empowering principle, inviting young people to attend the launch of a municipal project is enough.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Attending an event is not empowerment. Young people need real roles, skills and resources, for example in designing or leading the project.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. Empowerment means giving young people real roles, skills and resources, not just a seat in the audience.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Les cinq principes de Young Cities",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Le modèle Young Cities repose sur cinq principes. Ils sont assez courts pour être retenus et assez concrets pour passer n’importe quel projet au crible. Servez-vous-en comme d’une grille chaque fois que votre municipalité prépare une action avec les jeunes.</p>"
                                "<ul>"
                                "<li><strong>Local.</strong> Partez de la réalité de votre ville, et non d’un modèle national clé en main ou d’un programme importé d’un autre pays. Ce qui nourrit la polarisation dans un quartier peut être absent du quartier voisin.</li>"
                                "<li><strong>Innovant.</strong> Laissez de la place aux idées nouvelles, en particulier à celles des jeunes. Testez à petite échelle, tirez les leçons, ajustez. Une campagne conçue par des jeunes pour leurs pairs touche souvent un public que les messages officiels n’atteignent jamais.</li>"
                                "<li><strong>Intersectoriel.</strong> Aucun service ne détient seul la prévention. Jeunesse, éducation, action sociale, sport, culture, communication : chacun détient une partie de la réponse, tout comme la société civile, les écoles et les entreprises locales.</li>"
                                "<li><strong>Fondé sur des données probantes.</strong> Appuyez vos décisions sur ce que les jeunes vous ont appris, grâce aux enquêtes de perception, aux groupes de discussion et à l’analyse des réseaux sociaux (module 2), puis vérifiez si votre action a fait une différence.</li>"
                                "<li><strong>Émancipateur.</strong> Donnez aux jeunes de vrais rôles, des compétences et des moyens, pas seulement une place dans le public. Cela vaut aussi pour le personnel municipal : le modèle prévoit des formations pour que les agents travaillent avec les jeunes en toute confiance.</li>"
                                "</ul>"
                                "<h3>Des principes qui fonctionnent ensemble</h3><p>Prenons une municipalité inquiète de la diffusion des discours de haine chez les adolescents. Une réponse locale et fondée sur des données commence par leur demander où ils y sont confrontés et ce qui, selon eux, pourrait aider. Une réponse intersectorielle associe les écoles et le service communication de la municipalité. Une réponse innovante et émancipatrice confie à un groupe de jeunes la conception et la conduite de l’action, avec un petit budget et l’appui des agents, puis vérifie auprès de leurs pairs si elle a porté ses fruits.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Testez un projet en cinq questions",
                                    "text": "<p>Part-il de la situation de notre ville ? Essaie-t-il quelque chose de nouveau ? Associe-t-il plus d’un service ou d’un partenaire ? S’appuie-t-il sur des données, et allons-nous en mesurer les résultats ? Les jeunes y disposent-ils d’un vrai pouvoir de décision et de moyens ? Si la réponse est « non » à l’une de ces questions, corrigez le tir avant le lancement.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "young-cities-model",
                                    "chapter": "Le modèle Young Cities : cinq principes",
                                    "page": None,
                                    "url": "https://youngcities.com/our-model",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos acquis",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "multiple",
                                            "prompt": "Parmi les propositions suivantes, lesquelles font partie des cinq principes de Young Cities ?",
                                            "options": [
                                                {
                                                    "text": "Local",
                                                    "correct": True,
                                                    "feedback": "Exact : l’action part de la situation propre à la ville, et non d’un modèle tout fait.",
                                                },
                                                {
                                                    "text": "Fondé sur des données probantes",
                                                    "correct": True,
                                                    "feedback": "Exact : les décisions reposent sur ce que l’on apprend des jeunes, et les résultats sont vérifiés ensuite.",
                                                },
                                                {
                                                    "text": "Sécuritaire",
                                                    "correct": False,
                                                    "feedback": "Ce n’est pas l’un des cinq principes. La sécurité compte, mais le modèle repose sur la participation des jeunes, pas sur des mesures de sécurité.",
                                                },
                                                {
                                                    "text": "Émancipateur",
                                                    "correct": True,
                                                    "feedback": "Exact : les jeunes reçoivent de vrais rôles, des compétences et des moyens.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "Une municipalité reprend telle quelle une campagne nationale de sensibilisation dans tous ses quartiers. Quel principe néglige-t-elle le plus clairement ?",
                                            "options": [
                                                {
                                                    "text": "Local",
                                                    "correct": True,
                                                    "feedback": "Bien vu. La campagne ignore ce qui est propre à chaque quartier, ce que le principe local demande de prendre en compte en premier.",
                                                },
                                                {
                                                    "text": "Intersectoriel",
                                                    "correct": False,
                                                    "feedback": "C’est possible aussi, mais le problème principal est que la campagne n’a pas été adaptée aux réalités locales.",
                                                },
                                                {
                                                    "text": "Innovant",
                                                    "correct": False,
                                                    "feedback": "Réutiliser des supports n’est pas une faute en soi ; le vrai manque, c’est l’absence d’adaptation aux réalités locales.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Selon le principe émancipateur, inviter des jeunes à l’inauguration d’un projet municipal suffit.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Assister à un événement n’est pas de l’émancipation. Les jeunes ont besoin de vrais rôles, de compétences et de moyens, par exemple pour concevoir ou piloter le projet.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Le principe consiste à donner aux jeunes de vrais rôles, des compétences et des moyens, pas seulement une place dans l’assistance.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        # Module 2: understanding the local challenge
        # ------------------------------------------------------------------
        {
            "slug": "understanding-the-local-challenge",
            "estimated_minutes": 13,
            "source": {
                "guidebook": "young-cities-model",
                "chapter": {
                    "ar": "نموذج «المدن الشابة»: فهم التحدي",
                    "en": "The Young Cities model: understanding the challenge",
                    "fr": "Le modèle Young Cities : comprendre le défi",
                },
                "url": "https://youngcities.com/our-model",
            },
            "ar": {
                "title": "فهم التحدي المحلي",
                "objectives": [
                    "أن تختار بين استطلاعات التصورات ومجموعات النقاش المركّزة وتحليل وسائل التواصل الاجتماعي، وأن تجمع بينها.",
                    "أن تجمع آراء الشباب بطريقة آمنة وأخلاقية وبموافقتهم.",
                    "أن تربط ما تتعلمه بالتهديدات التي طُرحت في المنطقة، ومنها بطالة الشباب وإهمال المناطق الريفية والحدودية.",
                ],
            },
            "en": {
                "title": "Understanding the local challenge",
                "objectives": [
                    "Choose between perception surveys, focus groups and social-media analysis, and combine them.",
                    "Collect young people's views safely, ethically and with their consent.",
                    "Link what you learn to threats named in the region, including youth unemployment and neglected rural and border areas.",
                ],
            },
            "fr": {
                "title": "Comprendre le défi local",
                "objectives": [
                    "Choisir entre enquêtes de perception, groupes de discussion et analyse des réseaux sociaux, et savoir les combiner.",
                    "Recueillir l’avis des jeunes de manière sûre, éthique et avec leur consentement.",
                    "Relier ce que vous apprenez aux menaces citées dans la région, dont le chômage des jeunes et l’abandon des zones rurales et frontalières.",
                ],
            },
            "lessons": [
                {
                    "slug": "three-ways-to-listen",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "ثلاث طرق للإصغاء: الاستطلاعات ومجموعات النقاش ووسائل التواصل الاجتماعي",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>يبدأ مبدأ الاعتماد على الأدلة بسؤال بسيط: ما الذي يفكر فيه شباب مدينتنا ويعيشونه فعلًا؟ ويستخدم نموذج «المدن الشابة» ثلاث أدوات متكاملة للإجابة عنه. تكشف كل أداة جانبًا مختلفًا من الصورة، وتعطي أفضل النتائج حين تُستخدم معًا.</p>"
                                "<h3>استطلاعات التصورات: الاتساع</h3>"
                                "<p>استبيان قصير يُوزَّع على عدد كبير من الشباب يبيّن مدى انتشار رأي أو تجربة ما: الثقة في المؤسسات المحلية، والشعور بالانتماء، والتعرض لخطاب الكراهية، وأولويات الحي. تخبرك الاستطلاعات <em>كم</em> شخصًا يرى هذا الرأي، لكنها نادرًا ما تخبرك <em>لماذا</em>. اجعلها قصيرة وبلغة بسيطة، وقدّمها إلكترونيًا وورقيًا، واحرص على الوصول إلى الشباب من خارج الجامعات أيضًا.</p>"
                                "<h3>مجموعات النقاش المركّزة: العمق</h3>"
                                "<p>نقاشات صغيرة موجَّهة تضم عادةً ما بين ستة وعشرة مشاركين، وتشرح ما وراء الأرقام: لماذا يشعر شباب حيّ معيّن بالإقصاء؟ وماذا يعني «المكان الآمن» بالنسبة إلى الشابات؟ نظّمها في أماكن مألوفة، مع ميسّر يثق به الشباب، وافصل بين المجموعات حين يمنع الاختلاط المشاركين من التعبير بحرية.</p>"
                                "<h3>تحليل وسائل التواصل الاجتماعي: المحادثة</h3>"
                                "<p>يجري جزء كبير من الحياة العامة للشباب على الإنترنت، وكذلك جزء كبير من التضليل والدعاية اللذين طُرحا بوصفهما تهديدًا في ورشة الرباط. ويكشف تحليل النقاشات العامة (الموضوعات، والمنصات، ونبرة الخطاب) ما يتداوله الناس محليًا. والمقصود رصد الاتجاهات والسرديات، لا مراقبة الأفراد أبدًا.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "أولًا: عدم الإضرار",
                                    "text": "<p>اطلب موافقة مستنيرة، وموافقة الأولياء بالنسبة إلى القاصرين حيث يفرض القانون ذلك. لا تجمع إلا ما تحتاج إليه، واحفظه بأمان، وأزل منه كل ما يدل على هوية الأشخاص. ولا تستخدم البحث أبدًا لتحديد هوية شباب بأعينهم أو للإبلاغ عنهم: فإذا خشي الشباب أن يضعهم كلامهم على قائمة ما، فسيتوقفون عن الحديث إليك، وتضيع الثقة التي أردت بناءها.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-cities",
                                    "chapter": "رسم الخرائط",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "قبل أن تبدأ الإصغاء",
                                    "items": [
                                        "اتفق على سؤالين أو ثلاثة تحتاج البلدية فعلًا إلى إجابة عنها.",
                                        "حدّد الأداة، أو مزيج الأدوات، الذي يجيب عن كل سؤال.",
                                        "خطّط للوصول إلى الشباب من خارج الدوائر المعتادة: المناطق الريفية، والشابات، والأقليات، ومن هم خارج الدراسة والعمل.",
                                        "جهّز استمارات الموافقة وخطة لحماية البيانات.",
                                        "أشرك الشباب في صياغة الأسئلة واختبار وضوحها.",
                                        "حدّد من الآن متى وكيف ستعرض النتائج على المشاركين.",
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Three ways to listen: surveys, focus groups and social media",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>The evidence-led principle starts with a simple question: what do young people in our city actually think and experience? The Young Cities model uses three complementary tools to find out. Each one shows a different part of the picture, and they work best together.</p>"
                                "<h3>Perception surveys: the breadth</h3>"
                                "<p>A short questionnaire given to many young people shows how widespread a view or an experience is: trust in local institutions, a sense of belonging, exposure to hate speech, priorities for the neighbourhood. Surveys tell you <em>how many</em>, but rarely <em>why</em>. Keep them short and in plain language, offer them online and on paper, and make sure you also reach young people outside universities.</p>"
                                "<h3>Focus groups: the depth</h3>"
                                "<p>Small guided discussions, usually of six to ten participants, explain what lies behind the numbers: why do young people in one neighbourhood feel excluded? What does a “safe space” mean to young women? Hold them in familiar places, with a facilitator young people trust, and run separate groups where mixing would stop participants from speaking freely.</p>"
                                "<h3>Social-media analysis: the conversation</h3>"
                                "<p>Much of young people's public life happens online, and so does much of the disinformation and propaganda named as a threat at the Rabat workshop. Analysing public conversations (topics, platforms, tone) shows what circulates locally. The aim is to spot trends and narratives, never to watch individuals.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "First, do no harm",
                                    "text": "<p>Ask for informed consent, and for parental consent for minors where the law requires it. Collect only what you need, store it securely and remove anything that identifies people. Never use research to single out or report individual young people: if they fear that speaking up will put them on a list, they will stop talking to you, and the trust you set out to build is gone.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-cities",
                                    "chapter": "Mapping",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Before you start listening",
                                    "items": [
                                        "Agree on two or three questions the municipality really needs answered.",
                                        "Decide which tool, or mix of tools, answers each question.",
                                        "Plan how to reach young people outside the usual circles: rural areas, young women, minorities, those not in school or work.",
                                        "Prepare consent forms and a data-protection plan.",
                                        "Involve young people in drafting the questions and testing the wording.",
                                        "Decide now when and how you will share the results with the participants.",
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Trois façons d’écouter : enquêtes, groupes de discussion et réseaux sociaux",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Le principe « fondé sur des données probantes » commence par une question simple : que pensent et que vivent réellement les jeunes de notre ville ? Le modèle Young Cities utilise trois outils complémentaires pour y répondre. Chacun éclaire une partie du tableau, et c’est ensemble qu’ils donnent les meilleurs résultats.</p>"
                                "<h3>Les enquêtes de perception : l’étendue</h3>"
                                "<p>Un questionnaire court, diffusé auprès de nombreux jeunes, montre à quel point une opinion ou une expérience est répandue : confiance dans les institutions locales, sentiment d’appartenance, exposition aux discours de haine, priorités pour le quartier. Les enquêtes disent <em>combien</em>, rarement <em>pourquoi</em>. Faites-les courtes et rédigées simplement, proposez-les en ligne et sur papier, et veillez à toucher aussi les jeunes qui ne sont pas à l’université.</p>"
                                "<h3>Les groupes de discussion : la profondeur</h3>"
                                "<p>De petites discussions animées, généralement de six à dix participants, expliquent ce qui se cache derrière les chiffres : pourquoi les jeunes d’un quartier se sentent-ils exclus ? Que signifie un « espace sûr » pour les jeunes femmes ? Organisez-les dans des lieux familiers, avec un animateur en qui les jeunes ont confiance, et séparez les groupes lorsque la mixité empêcherait les participants de parler librement.</p>"
                                "<h3>L’analyse des réseaux sociaux : la conversation</h3>"
                                "<p>Une grande partie de la vie publique des jeunes se déroule en ligne, tout comme une grande partie de la désinformation et de la propagande citées comme menaces à l’atelier de Rabat. Analyser les échanges publics (sujets, plateformes, ton) révèle ce qui circule localement. Il s’agit de repérer des tendances et des récits, jamais de surveiller des individus.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "D’abord, ne pas nuire",
                                    "text": "<p>Demandez un consentement éclairé, ainsi que celui des parents pour les mineurs lorsque la loi l’exige. Ne collectez que le nécessaire, conservez-le en lieu sûr et retirez tout ce qui permet d’identifier les personnes. N’utilisez jamais une enquête pour repérer ou signaler des jeunes : s’ils craignent que leur parole les fasse ficher, ils cesseront de vous parler, et la confiance que vous vouliez construire sera perdue.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-cities",
                                    "chapter": "Cartographie",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Avant de commencer l’écoute",
                                    "items": [
                                        "Convenez de deux ou trois questions auxquelles la municipalité a vraiment besoin de réponses.",
                                        "Choisissez l’outil, ou la combinaison d’outils, qui répond à chaque question.",
                                        "Prévoyez comment toucher les jeunes hors des cercles habituels : zones rurales, jeunes femmes, minorités, jeunes sans emploi ni formation.",
                                        "Préparez les formulaires de consentement et un plan de protection des données.",
                                        "Associez des jeunes à la rédaction des questions et au test de leur formulation.",
                                        "Décidez dès maintenant quand et comment vous restituerez les résultats aux participants.",
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "from-data-to-priorities",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "من البيانات إلى الأولويات: فرص العمل والمناطق المهمّشة والسياق",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>ينتج الإصغاء كمًّا كبيرًا من المعلومات، والخطوة التالية هي تحويلها إلى عدد قليل من الأولويات التي تستطيع البلدية العمل عليها. وثمة تهديدان طرحهما المشاركون في ورشة الرباط (مارس/آذار 2023) يصلحان لاختبار ما إذا كانت أدلتك تغطي ما يهم فعلًا.</p>"
                                "<h3>بطالة الشباب</h3>"
                                "<p>البطالة أكثر من مجرد رقم. فقد تكشف مجموعات النقاش ما تعنيه في الحياة اليومية: أيام طويلة فارغة، واعتماد على الأسرة، وإحباط من توظيف يبدو قائمًا على المعارف لا على الكفاءة. لا تستطيع البلدية أن تخلق سوق عمل وحدها، لكنها تستطيع أن تتحرك ضمن صلاحياتها: توظيف شفاف في الوظائف والتدريبات البلدية، وربط الشباب بأصحاب العمل ومراكز التكوين المحلية، وفضاءات عامة وأنشطة تمنح الوقت الفارغ معنى وإيقاعًا. وتُظهر حالة طرابلس في هذا المساق (الوحدة الثالثة) أن العمل قد يكون أيضًا طريق عودة إلى المجتمع لشباب سبق احتجازهم.</p>"
                                "<h3>المناطق الريفية والحدودية المهمَلة</h3>"
                                "<p>طرح المشاركون في الرباط أيضًا إهمال المناطق الريفية والحدودية بوصفه تهديدًا، ودعوا إلى تقييمات للاحتياجات تغطي كامل التراب، «من العاصمة إلى القرى الحدودية النائية». فإذا كان استطلاعك إلكترونيًا فقط، أو عُقدت مجموعات النقاش في وسط المدينة وحده، فإن هؤلاء الشباب غائبون عن أدلتك. اسأل صراحةً: أي أحياء وقرى وفئات لم نسمع صوتها؟</p>"
                                "<h3>استخلاص المعنى</h3>"
                                "<p>ضع المصادر الثلاثة جنبًا إلى جنب. فحيث يشير الاستطلاع ومجموعات النقاش وتحليل الإنترنت إلى الاتجاه نفسه، تكون أمامك أولوية. وحيث تتعارض، يكون أمامك سؤال تستكشفه مع الشباب أنفسهم. واجعل القائمة قصيرة: أولويتان أو ثلاث تستطيع البلدية العمل عليها خير من عشرين لا قدرة لها عليها.</p>",
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "تختلف طريقة الإصغاء، وما تصغي إليه، باختلاف وضع مدينتك.",
                                    "stable": "<p>يمكنك إجراء استطلاع شامل وتكراره كل سنة أو سنتين لتتبّع التغيّر، والتركيز على الدوافع البعيدة المدى مثل الإقصاء والتمييز أو آثار تغيّر المناخ على مصادر الرزق. واستخدم النتائج للتخطيط لبرامج شبابية متعددة السنوات.</p>",
                                    "fragile": "<p>السلامة الجسدية أولًا، للمشاركين وللموظفين. فضّل مجموعات نقاش صغيرة يديرها شركاء محليون موثوقون على الاستطلاعات الواسعة، وتجنّب الأسئلة التي قد تعرّض الناس لخطر الجماعات المسلحة، ولا تحتفظ بقوائم أسماء. والتقييمات السريعة القصيرة القابلة للتكرار أفضل من دراسة واحدة كبيرة.</p>",
                                    "post_conflict": "<p>اسأل عن الثقة، وعن النزوح والعودة، وعن العلاقات بين المجتمعات المحلية. أشرك شبابًا من الأسر النازحة والعائدة، وتوخَّ الحذر في الأسئلة التي قد تنكأ الجراح. وشارك النتائج علنًا: فأن يُسمع الناس ويروا تغييرًا ملموسًا جزء من إعادة بناء الثقة.</p>",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "تحقّق من فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "true_false",
                                            "prompt": "استطلاع للتصورات يملؤه طلاب الجامعات عبر الإنترنت يعطي صورة كاملة عن آراء شباب المدينة.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "العينات الجامعية عبر الإنترنت تُغفل شباب المناطق الريفية والحدودية، ومن هم خارج التعليم، وفئات أخرى كثيرة. اجمع بين الأدوات، واحرص عمدًا على الوصول إلى الجميع.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. فهذه العينة تُغفل فئات واسعة، منها شباب المناطق الريفية والحدودية ومن هم خارج التعليم.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "يُظهر استطلاعك ضعف الثقة في البلدية، لكنه لا يوضح السبب. أي أداة تساعدك أكثر على فهم الأسباب؟",
                                            "options": [
                                                {
                                                    "text": "مجموعات النقاش المركّزة",
                                                    "correct": True,
                                                    "feedback": "أحسنت: النقاشات الصغيرة الموجَّهة تشرح الأسباب الكامنة وراء الأرقام.",
                                                },
                                                {
                                                    "text": "استطلاع أوسع",
                                                    "correct": False,
                                                    "feedback": "العينة الأكبر تخبرك بدقة أكبر كم شخصًا يحمل هذا الرأي، لا لماذا يحمله.",
                                                },
                                                {
                                                    "text": "متابعة حسابات شباب بأعينهم على وسائل التواصل الاجتماعي",
                                                    "correct": False,
                                                    "feedback": "تحليل وسائل التواصل يتناول الاتجاهات والسرديات العامة، لا الأفراد. ومراقبة الأفراد تهدم الثقة وقد تكون مخالفة للقانون.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "أيٌّ مما يلي طرحه المشاركون في ورشة الرباط (مارس/آذار 2023) بوصفه تهديدًا؟",
                                            "options": [
                                                {
                                                    "text": "بطالة الشباب",
                                                    "correct": True,
                                                    "feedback": "نعم، طُرحت بوصفها تهديدًا.",
                                                },
                                                {
                                                    "text": "إهمال المناطق الريفية والحدودية",
                                                    "correct": True,
                                                    "feedback": "نعم، ودعا المشاركون إلى تقييمات للاحتياجات تصل إلى القرى الحدودية النائية.",
                                                },
                                                {
                                                    "text": "التضليل والدعاية عبر الإنترنت",
                                                    "correct": True,
                                                    "feedback": "نعم، طُرح هذا التهديد أيضًا.",
                                                },
                                                {
                                                    "text": "كثرة مجالس الشباب",
                                                    "correct": False,
                                                    "feedback": "لا، لم يُطرح هذا. بل طلب المشاركون تدريبًا على بناء العلاقات مع الشباب.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "أي حيّ أو فئة من شباب بلديتك سمعتَ صوتها أقل من غيرها؟ وما الذي يلزم للوصول إليها خلال الأشهر الثلاثة المقبلة؟"
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "From data to priorities: jobs, margins and context",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Listening produces a lot of material. The next step is to turn it into a few priorities the municipality can act on. Two threats named by participants at the Rabat workshop (March 2023) are a good test of whether your evidence covers what really matters.</p>"
                                "<h3>Youth unemployment</h3>"
                                "<p>Unemployment is more than a number. Your focus groups may show what it means in daily life: long empty days, dependence on family, frustration with hiring that seems to depend on connections rather than merit. A municipality cannot create a labour market on its own, but it can act within its mandate: transparent recruitment for municipal jobs and internships, links with local employers and training centres, public spaces and activities that give structure and meaning to empty time. The Tripoli case in this course (Module 3) shows that work can also be a way back into the community for young people who have been in detention.</p>"
                                "<h3>Neglected rural and border areas</h3>"
                                "<p>Participants in Rabat also named neglected rural and border areas as a threat, and called for needs assessments that cover the whole territory, “from the capital to remote border villages”. If your survey was only online, or your focus groups were held only in the city centre, those young people are missing from your evidence. Ask explicitly: which neighbourhoods, villages and groups have we not heard from?</p>"
                                "<h3>Making sense of it</h3>"
                                "<p>Lay the three sources side by side. Where the survey, the focus groups and the online analysis point the same way, you have a priority. Where they disagree, you have a question to explore with young people themselves. Keep the list short: two or three priorities the municipality can act on are worth more than twenty it cannot.</p>",
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "How you listen, and what you listen for, depends on your city's situation.",
                                    "stable": "<p>You can run a full survey and repeat it every year or two to track change, and focus on long-term drivers such as exclusion, discrimination or the effects of climate change on livelihoods. Use the results to plan multi-year youth programmes.</p>",
                                    "fragile": "<p>Physical safety comes first, for participants and for staff. Prefer small focus groups run by trusted local partners to large surveys, avoid questions that could expose people to armed groups, and keep no lists of names. Short, rapid assessments that you can repeat are better than one big study.</p>",
                                    "post_conflict": "<p>Ask about trust, displacement and return, and relations between communities. Include young people from displaced and returning families, and take care with questions that reopen old wounds. Share the results openly: being heard and seeing something change is part of rebuilding trust.</p>",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Check your understanding",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "true_false",
                                            "prompt": "A perception survey completed online by university students gives a complete picture of young people's views in the city.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "An online sample of students misses young people in rural and border areas, those outside education and many others. Combine tools and make a deliberate effort to reach everyone.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. Such a sample leaves out large groups, including young people in rural and border areas and those outside education.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "Your survey shows low trust in the municipality but does not say why. Which tool helps most to understand the reasons?",
                                            "options": [
                                                {
                                                    "text": "Focus groups",
                                                    "correct": True,
                                                    "feedback": "Well done: small guided discussions explain the reasons behind the numbers.",
                                                },
                                                {
                                                    "text": "A larger survey",
                                                    "correct": False,
                                                    "feedback": "A bigger sample tells you more precisely how many people hold the view, not why they hold it.",
                                                },
                                                {
                                                    "text": "Following the social-media accounts of particular young people",
                                                    "correct": False,
                                                    "feedback": "Social-media analysis looks at public trends and narratives, not individuals. Watching individuals destroys trust and may be unlawful.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which of these did participants at the Rabat workshop (March 2023) name as threats?",
                                            "options": [
                                                {
                                                    "text": "Youth unemployment",
                                                    "correct": True,
                                                    "feedback": "Yes, it was named as a threat.",
                                                },
                                                {
                                                    "text": "Neglected rural and border areas",
                                                    "correct": True,
                                                    "feedback": "Yes, and participants called for needs assessments that reach remote border villages.",
                                                },
                                                {
                                                    "text": "Online disinformation and propaganda",
                                                    "correct": True,
                                                    "feedback": "Yes, this threat was named too.",
                                                },
                                                {
                                                    "text": "Too many youth councils",
                                                    "correct": False,
                                                    "feedback": "No, this was not named. On the contrary, participants asked for training on building relationships with young people.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Which neighbourhood or group of young people in your municipality have you heard from least? What would it take to reach them in the next three months?"
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Des données aux priorités : emploi, marges et contexte",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>L’écoute produit beaucoup de matière. L’étape suivante consiste à la transformer en quelques priorités sur lesquelles la municipalité peut agir. Deux menaces citées par les participants à l’atelier de Rabat (mars 2023) permettent de vérifier si vos données couvrent l’essentiel.</p>"
                                "<h3>Le chômage des jeunes</h3>"
                                "<p>Le chômage est plus qu’un chiffre. Vos groupes de discussion montreront peut-être ce qu’il signifie au quotidien : de longues journées vides, la dépendance envers la famille, la frustration face à des recrutements qui semblent dépendre des relations plutôt que du mérite. Une municipalité ne peut pas créer seule un marché du travail, mais elle peut agir dans le cadre de ses compétences : recrutements transparents pour les emplois et stages municipaux, liens avec les employeurs et les centres de formation locaux, espaces publics et activités qui donnent un rythme et un sens au temps libre. Le cas de Tripoli présenté dans ce cours (module 3) montre que l’emploi peut aussi être un chemin de retour dans la communauté pour des jeunes passés par la détention.</p>"
                                "<h3>Les zones rurales et frontalières délaissées</h3>"
                                "<p>À Rabat, les participants ont également cité l’abandon des zones rurales et frontalières comme une menace, et appelé à des évaluations des besoins couvrant tout le territoire, « de la capitale aux villages frontaliers reculés ». Si votre enquête n’a circulé qu’en ligne, ou si vos groupes de discussion se sont tenus uniquement au centre-ville, ces jeunes sont absents de vos données. Posez-vous explicitement la question : quels quartiers, quels villages, quels groupes n’avons-nous pas entendus ?</p>"
                                "<h3>Donner du sens</h3>"
                                "<p>Mettez les trois sources côte à côte. Là où l’enquête, les groupes de discussion et l’analyse en ligne vont dans le même sens, vous tenez une priorité. Là où elles divergent, vous tenez une question à explorer avec les jeunes eux-mêmes. Gardez une liste courte : deux ou trois priorités à la portée de la municipalité valent mieux que vingt hors d’atteinte.</p>",
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "La manière d’écouter, et ce qu’il faut écouter, dépendent de la situation de votre ville.",
                                    "stable": "<p>Vous pouvez mener une enquête complète, la répéter tous les ans ou tous les deux ans pour suivre l’évolution, et vous concentrer sur les facteurs de long terme, comme l’exclusion, les discriminations ou les effets du changement climatique sur les moyens de subsistance. Servez-vous des résultats pour planifier des programmes jeunesse pluriannuels.</p>",
                                    "fragile": "<p>La sécurité physique d’abord, celle des participants comme celle des agents. Préférez aux grandes enquêtes de petits groupes de discussion animés par des partenaires locaux de confiance, évitez les questions qui pourraient exposer des personnes aux groupes armés et ne conservez aucune liste de noms. Des évaluations rapides et courtes, que l’on peut répéter, valent mieux qu’une seule grande étude.</p>",
                                    "post_conflict": "<p>Interrogez la confiance, le déplacement et le retour, ainsi que les relations entre communautés. Incluez des jeunes issus de familles déplacées et de familles de retour, et soyez prudents avec les questions qui rouvrent des blessures. Partagez ouvertement les résultats : être entendu et voir les choses changer fait partie de la reconstruction de la confiance.</p>",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos acquis",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "true_false",
                                            "prompt": "Une enquête de perception remplie en ligne par des étudiants donne une image complète de l’opinion des jeunes de la ville.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Un échantillon d’étudiants en ligne laisse de côté les jeunes des zones rurales et frontalières, ceux qui ne sont pas scolarisés et bien d’autres. Combinez les outils et allez délibérément vers tous les publics.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Cet échantillon laisse de côté de larges groupes, dont les jeunes des zones rurales et frontalières et ceux qui ne sont pas scolarisés.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "Votre enquête révèle une faible confiance envers la municipalité, sans dire pourquoi. Quel outil vous aide le plus à en comprendre les raisons ?",
                                            "options": [
                                                {
                                                    "text": "Les groupes de discussion",
                                                    "correct": True,
                                                    "feedback": "Bien vu : de petites discussions animées expliquent les raisons qui se cachent derrière les chiffres.",
                                                },
                                                {
                                                    "text": "Une enquête plus large",
                                                    "correct": False,
                                                    "feedback": "Un échantillon plus grand dit plus précisément combien de personnes partagent cet avis, pas pourquoi elles le partagent.",
                                                },
                                                {
                                                    "text": "Le suivi des comptes de certains jeunes sur les réseaux sociaux",
                                                    "correct": False,
                                                    "feedback": "L’analyse des réseaux sociaux porte sur des tendances et des récits publics, jamais sur des individus. Surveiller des personnes détruit la confiance et peut être illégal.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Parmi les menaces suivantes, lesquelles ont été citées par les participants à l’atelier de Rabat (mars 2023) ?",
                                            "options": [
                                                {
                                                    "text": "Le chômage des jeunes",
                                                    "correct": True,
                                                    "feedback": "Oui, il a été cité comme menace.",
                                                },
                                                {
                                                    "text": "L’abandon des zones rurales et frontalières",
                                                    "correct": True,
                                                    "feedback": "Oui, et les participants ont demandé des évaluations des besoins allant jusqu’aux villages frontaliers reculés.",
                                                },
                                                {
                                                    "text": "La désinformation et la propagande en ligne",
                                                    "correct": True,
                                                    "feedback": "Oui, cette menace a aussi été citée.",
                                                },
                                                {
                                                    "text": "Le trop grand nombre de conseils de jeunes",
                                                    "correct": False,
                                                    "feedback": "Non, cela n’a pas été cité. Les participants ont au contraire demandé des formations pour nouer des relations avec les jeunes.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Quel quartier ou quel groupe de jeunes de votre municipalité avez-vous le moins entendu ? Que faudrait-il pour l’atteindre dans les trois prochains mois ?"
                                },
                            },
                        ],
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        # Module 3: youth innovation labs and city initiatives
        # ------------------------------------------------------------------
        {
            "slug": "youth-innovation-labs-and-city-initiatives",
            "estimated_minutes": 12,
            "source": {
                "guidebook": "young-cities-model",
                "chapter": {
                    "ar": "نموذج «المدن الشابة»: مختبرات الابتكار الشبابي ومنح «مبادرات المدن»",
                    "en": "The Young Cities model: Youth Innovation Labs and City Initiatives grants",
                    "fr": "Le modèle Young Cities : laboratoires d’innovation des jeunes et subventions « City Initiatives »",
                },
                "url": "https://youngcities.com/our-model",
            },
            "ar": {
                "title": "مختبرات الابتكار الشبابي ومبادرات المدن",
                "objectives": [
                    "أن تصف كيف يحوّل مختبر الابتكار الشبابي الأدلة إلى أفكار يقودها الشباب.",
                    "أن تخطط لجولة منح صغيرة («مبادرات المدن») بسيطة وعادلة وخاضعة للمساءلة.",
                    "أن تستفيد من نتائج لبنان والأردن ومن درس حالة طرابلس للتخطيط للاستدامة.",
                ],
            },
            "en": {
                "title": "Youth innovation labs and city initiatives",
                "objectives": [
                    "Describe how a youth innovation lab turns evidence into youth-led ideas.",
                    "Plan a small-grants round (City Initiatives) that is simple, fair and accountable.",
                    "Use the results from Lebanon and Jordan, and the lesson of the Tripoli case, to plan for sustainability.",
                ],
            },
            "fr": {
                "title": "Laboratoires d’innovation des jeunes et initiatives municipales",
                "objectives": [
                    "Décrire comment un laboratoire d’innovation des jeunes transforme des données en idées portées par les jeunes.",
                    "Organiser un appel à petites subventions (« City Initiatives ») simple, équitable et redevable.",
                    "S’appuyer sur les résultats obtenus au Liban et en Jordanie, et sur la leçon du cas de Tripoli, pour préparer la pérennité.",
                ],
            },
            "lessons": [
                {
                    "slug": "youth-innovation-labs",
                    "estimated_minutes": 5,
                    "required": True,
                    "ar": {
                        "title": "مختبرات الابتكار الشبابي: من الأدلة إلى الأفكار",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>بعد أن تعرف ما يقلق شباب مدينتك، يأتي السؤال التالي: ماذا نفعل حيال ذلك؟ في نموذج «المدن الشابة»، تُعدّ مختبرات الابتكار الشبابي المكان الذي يُجاب فيه عن هذا السؤال، ويجيب عنه الشباب أنفسهم بدعم من البلدية وشركائها.</p>"
                                "<h3>ما المختبر؟</h3>"
                                "<p>يجمع المختبر مجموعة من الشباب، ويُستحسن أن ينضم إليهم بعض موظفي البلدية، للعمل على تحدٍّ محلي حُدِّد في مرحلة الإصغاء. يكتسب المشاركون مهارات (في تصميم الحملات والتواصل والتخطيط للمشاريع مثلًا)، ويطوّرون أفكارًا، ويختبرونها مع أقرانهم، ثم يحوّلون أفضلها إلى مقترحات ملموسة. وقد تكون النتيجة حملة على الإنترنت أو في الميدان، أو نشاطًا مجتمعيًا، أو تحسينًا لخدمة ما، أو مشروعًا صغيرًا.</p>"
                                "<h3>لماذا ينبغي أن يحضر موظفو البلدية؟</h3>"
                                "<p>تدريب موظفي البلدية جزء من النموذج. فحين يشارك المسؤولون في المختبر، يتعلّمون كيف يرى الشباب مدينتهم، ويتعلّم الشباب كيف تعمل البلدية: ما الذي تستطيعه وما الذي لا تستطيعه، ومن يقرر، وكيف تتحرك الميزانيات. وهكذا تخرج الأفكار قابلةً للتنفيذ منذ البداية، وتدوم العلاقات التي نُسجت في المختبر بعد انتهائه.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "تصميم مختبرك الأول",
                                    "text": "<ul>"
                                    "<li>ابحث عن المشاركين على نطاق واسع: انشر دعوة مفتوحة، واذهب أيضًا إلى دور الشباب والأندية الرياضية ومراكز التكوين المهني والقرى.</li>"
                                    "<li>احرص على التوازن: شابات وشبان، من أحياء مختلفة، من الريف والمدينة، ومن خلفيات متنوعة.</li>"
                                    "<li>انطلق من الأدلة: قدّم للمشاركين نتائج الاستطلاعات ومجموعات النقاش بلغة بسيطة.</li>"
                                    "<li>اتفقوا معًا على قواعد للنقاش المحترم، بما في ذلك في الموضوعات الحساسة.</li>"
                                    "<li>اختم بخطوة تالية واضحة: عرض الأفكار على البلدية، وإمكانية الحصول على منحة صغيرة.</li>"
                                    "</ul>",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "أهم ما في الدرس",
                                    "items": [
                                        "المختبرات هي المكان الذي يحوّل فيه الشباب الأدلة عن مدينتهم إلى أفكار يقودونها بأنفسهم.",
                                        "موظفو البلدية المشاركون يتعلّمون من الشباب، ويساعدون على إبقاء الأفكار واقعية.",
                                        "ينبغي أن ينتهي المختبر بمسار نحو الفعل، كمنحة صغيرة، لا بشهادة حضور فحسب.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "أي تحدٍّ محلي كشفه عمل الإصغاء في مدينتك ستعرضه أولًا على مختبر للابتكار الشبابي؟ وأي إدارة ستطلب منها إيفاد موظفين للمشاركة فيه؟"
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Youth innovation labs: from evidence to ideas",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Once you know what worries young people in your city, the next question is what to do about it. In the Young Cities model, Youth Innovation Labs are where that question gets answered, and young people answer it themselves, with support from the municipality and its partners.</p>"
                                "<h3>What is a lab?</h3>"
                                "<p>A lab brings together a group of young people, ideally joined by a few municipal staff, to work on a local challenge identified during the listening phase. Participants build skills (in campaign design, communication and project planning, for example), develop ideas, test them with their peers and turn the best ones into concrete proposals. The result might be an online or offline campaign, a community event, an improvement to a service or a small project.</p>"
                                "<h3>Why municipal staff should be in the room</h3>"
                                "<p>Training for municipal staff is part of the model. When officials take part in a lab, they learn how young people see their city, and young people learn how the municipality works: what it can and cannot do, who decides, how budgets move. Ideas then come out feasible from the start, and the relationships built in the lab outlast it.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "Designing your first lab",
                                    "text": "<ul>"
                                    "<li>Recruit widely: publish an open call, and also go to youth centres, sports clubs, vocational schools and villages.</li>"
                                    "<li>Aim for balance: young women and men, different neighbourhoods, rural and urban, varied backgrounds.</li>"
                                    "<li>Start from the evidence: give participants the results of the surveys and focus groups in plain language.</li>"
                                    "<li>Agree ground rules together for respectful debate, including on sensitive topics.</li>"
                                    "<li>End with a clear next step: a pitch to the municipality and the chance of a small grant.</li>"
                                    "</ul>",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "Key takeaways",
                                    "items": [
                                        "Labs are where young people turn evidence about their city into ideas they lead themselves.",
                                        "Municipal staff who take part learn from young people and help keep the ideas realistic.",
                                        "A lab should end with a route to action, such as a small grant, not just a certificate of attendance.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Which local challenge uncovered by your listening work would you give to a youth innovation lab first? And which department would you ask to send staff to take part?"
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Les laboratoires d’innovation des jeunes : des données aux idées",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Une fois que vous savez ce qui préoccupe les jeunes de votre ville, reste à savoir quoi faire. Dans le modèle Young Cities, les laboratoires d’innovation des jeunes (Youth Innovation Labs) sont le lieu où l’on répond à cette question, et ce sont les jeunes eux-mêmes qui y répondent, avec l’appui de la municipalité et de ses partenaires.</p>"
                                "<h3>Qu’est-ce qu’un laboratoire ?</h3>"
                                "<p>Un laboratoire réunit un groupe de jeunes, idéalement rejoints par quelques agents municipaux, autour d’un défi local repéré pendant la phase d’écoute. Les participants acquièrent des compétences (par exemple en conception de campagnes, en communication ou en gestion de projet), développent des idées, les testent auprès de leurs pairs et transforment les meilleures en propositions concrètes. Il peut en sortir une campagne en ligne ou sur le terrain, un événement de quartier, l’amélioration d’un service ou un petit projet.</p>"
                                "<h3>Pourquoi les agents municipaux doivent être présents</h3>"
                                "<p>La formation du personnel municipal fait partie du modèle. Quand des agents participent au laboratoire, ils découvrent comment les jeunes voient la ville, et les jeunes comprennent comment fonctionne la municipalité : ce qu’elle peut faire ou non, qui décide, comment circulent les budgets. Les idées qui en sortent sont ainsi réalistes dès le départ, et les relations nouées au laboratoire lui survivent.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "Concevoir votre premier laboratoire",
                                    "text": "<ul>"
                                    "<li>Recrutez largement : lancez un appel ouvert, mais allez aussi dans les maisons de jeunes, les clubs sportifs, les centres de formation professionnelle et les villages.</li>"
                                    "<li>Visez l’équilibre : jeunes femmes et jeunes hommes, quartiers différents, milieu rural et urbain, parcours variés.</li>"
                                    "<li>Partez des données : présentez aux participants les résultats des enquêtes et des groupes de discussion, en langage simple.</li>"
                                    "<li>Fixez ensemble des règles pour un débat respectueux, y compris sur les sujets sensibles.</li>"
                                    "<li>Terminez par une étape claire : une présentation devant la municipalité et la possibilité d’obtenir une petite subvention.</li>"
                                    "</ul>",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "À retenir",
                                    "items": [
                                        "Les laboratoires sont le lieu où les jeunes transforment les données sur leur ville en idées qu’ils portent eux-mêmes.",
                                        "Les agents municipaux qui y participent apprennent des jeunes et aident à garder les idées réalistes.",
                                        "Un laboratoire doit déboucher sur l’action, par exemple une petite subvention, et pas seulement sur une attestation de présence.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Quel défi local, révélé par votre travail d’écoute, confieriez-vous en premier à un laboratoire d’innovation des jeunes ? Et à quel service demanderiez-vous d’y envoyer des agents ?"
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "city-initiatives-and-campaigns",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "«مبادرات المدن»: منح صغيرة وحملات وما يبقى بعدها",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>تحتاج الأفكار إلى موارد. ويقدّم نموذج «المدن الشابة» منحًا صغيرة تُسمّى «مبادرات المدن» (City Initiatives) كي يتمكن الشباب من تنفيذ الحملات والمشاريع التي صمّموها. وأهمية المنح الصغيرة تتجاوز المال: فهي تقول للشباب إن المدينة تثق بهم، وتمنح موظفي البلدية طريقة عملية للعمل إلى جانبهم.</p>"
                                "<h3>ما النتائج التي يعلنها البرنامج؟</h3>"
                                "<p>يفيد برنامج «المدن الشابة» بأنه وصل إلى أكثر من 200 شاب وشابة وأكثر من 50 من القيادات البلدية، ودعم أكثر من 25 حملة. وفي لبنان، بين عامي 2018 و2021، عمل البرنامج مع 76 شابًا وشابة و16 مسؤولًا على 14 مشروعًا. وفي الأردن، خلال 2021–2022، عمل في الزرقاء وإربد والكرك. وتُظهر هذه الأرقام حجم النموذج: مجموعات صغيرة من الشباب والمسؤولين تعمل على عدد محدود من المشاريع المحلية، لا برامج وطنية ضخمة.</p>"
                                "<h3>تنظيم جولة منح صغيرة</h3>"
                                "<p>اجعل الإجراءات بسيطة وشفافة: طلب من صفحة واحدة، ومعايير معلنة مسبقًا، ولجنة اختيار تضم شبابًا، وصيغة تقارير خفيفة (صور، وسرد قصير، وأرقام بسيطة). وتأكد من أن المنح يمكن أن تصل إلى مجموعات الشباب غير الرسمية، لا إلى الجمعيات المسجلة وحدها، عبر منظمة شريكة تتولى إدارة الأموال مثلًا.</p>"
                                "<h3>التخطيط لما يدوم</h3>"
                                "<p>قد تنتهي الحملة، لكن العلاقة ينبغي ألا تنتهي. قبل تمويل أي مشروع، اسأل: ماذا يحدث بعد انتهاء المنحة؟ هل تستطيع إدارة بلدية أن تتبنّاه؟ هل يستطيع شريك محلي أن يواصله؟ هل يمكن تكراره في العام المقبل من ميزانية البلدية نفسها؟</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "في طرابلس (لبنان)، ساعدت البلدية والمجتمع المدني أحداثًا سبق احتجازهم على العودة إلى المجتمع من خلال العمل، لكن استدامة المبادرة تضررت حين انتهى التمويل. اقرأ الحالة وفي ذهنك سؤال واحد: كيف كان بإمكان البلدية أن تخطط لما بعد المنحة منذ البداية؟",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "young-cities-model",
                                    "chapter": "مشاريع «المدن الشابة» في لبنان والأردن",
                                    "page": None,
                                    "url": "https://youngcities.com/projects",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "جولة المنح الصغيرة في بلديتك",
                                    "items": [
                                        "نُشرت المعايير قبل فتح باب التقديم.",
                                        "الطلب قصير ومتاح باللغات التي يستخدمها شباب مدينتك.",
                                        "يشارك شباب في لجنة الاختيار.",
                                        "يمكن لمجموعات الشباب غير الرسمية التقدم عبر منظمة شريكة.",
                                        "لكل مشروع مموَّل خطة لما بعد انتهاء المنحة.",
                                        "تُنشر النتائج علنًا، بما في ذلك ما لم ينجح.",
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "تحقّق من فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "ما الذي أفاد به برنامج «المدن الشابة» عن عمله في لبنان بين عامي 2018 و2021؟",
                                            "options": [
                                                {
                                                    "text": "76 شابًا وشابة، و16 مسؤولًا، و14 مشروعًا",
                                                    "correct": True,
                                                    "feedback": "صحيح. هذه هي الأرقام المعلنة عن لبنان للفترة 2018–2021.",
                                                },
                                                {
                                                    "text": "200 شاب وشابة، و50 مسؤولًا، و25 مشروعًا",
                                                    "correct": False,
                                                    "feedback": "هذه الأرقام تشبه الحصيلة الإجمالية المعلنة للبرنامج (أكثر من 200 شاب وشابة، وأكثر من 50 من القيادات البلدية، وأكثر من 25 حملة)، لا أرقام لبنان.",
                                                },
                                                {
                                                    "text": "الزرقاء وإربد والكرك",
                                                    "correct": False,
                                                    "feedback": "هذه مدن أردنية عمل فيها البرنامج خلال 2021–2022، لا نتائج عمله في لبنان.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "تُظهر حالة طرابلس أن المشروع الشبابي يستمر من تلقاء نفسه بمجرد أن يحقق نتائج.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "تُظهر حالة طرابلس العكس: فقد تضررت الاستدامة حين انتهى التمويل. خطّط للاستمرار منذ البداية.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. النتائج الجيدة لا تكفي وحدها؛ ففي طرابلس تضررت الاستدامة حين انتهى التمويل.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "أي الخصائص التالية تجعل جولة المنح الصغيرة أكثر عدلًا وخضوعًا للمساءلة؟",
                                            "options": [
                                                {
                                                    "text": "معايير معلنة مسبقًا",
                                                    "correct": True,
                                                    "feedback": "نعم: يعرف الجميع القواعد قبل التقدم.",
                                                },
                                                {
                                                    "text": "مشاركة شباب في لجنة الاختيار",
                                                    "correct": True,
                                                    "feedback": "نعم: يضيف ذلك رأيهم ويعزز الثقة في النتيجة.",
                                                },
                                                {
                                                    "text": "حصر المنح في الجمعيات المسجلة",
                                                    "correct": False,
                                                    "feedback": "هذا يُقصي كثيرًا من مجموعات الشباب غير الرسمية، ويمكن لمنظمة شريكة أن تدير الأموال نيابةً عنها.",
                                                },
                                                {
                                                    "text": "صيغة تقارير خفيفة وبسيطة",
                                                    "correct": True,
                                                    "feedback": "نعم: التقارير المتناسبة مع حجم المنحة تحفظ المساءلة دون أن تُنفّر المتقدمين الشباب.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "City Initiatives: small grants, campaigns and what lasts",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Ideas need resources. The Young Cities model provides small “City Initiatives” grants so that young people can carry out the campaigns and projects they have designed. Small grants matter beyond the money: they tell young people that the city trusts them, and they give municipal staff a practical way to work alongside them.</p>"
                                "<h3>What the programme reports</h3>"
                                "<p>Young Cities reports reaching more than 200 young people and more than 50 municipal leaders, and supporting more than 25 campaigns. In Lebanon, from 2018 to 2021, the programme worked with 76 young people and 16 officials on 14 projects. In Jordan, in 2021–22, it worked in Zarqa, Irbid and Karak. These figures show the scale of the model: small groups of young people and officials working on a limited number of local projects, rather than large national programmes.</p>"
                                "<h3>Running a small-grants round</h3>"
                                "<p>Keep the process simple and transparent: a one-page application, criteria published in advance, a selection panel that includes young people, and a light reporting format (photos, a short narrative, a few numbers). Make sure grants can reach informal youth groups as well as registered associations, for example through a partner organisation that holds the funds.</p>"
                                "<h3>Planning for what lasts</h3>"
                                "<p>A campaign can end; the relationship should not. Before you fund a project, ask what happens after the grant. Can a municipal department take it on? Can a local partner carry it forward? Can it be repeated next year from the municipality's own budget?</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "In Tripoli (Lebanon), the municipality and civil society helped former juvenile detainees back into the community through jobs, but the work's sustainability suffered when funding ended. Read the case with one question in mind: how could the municipality have planned for life after the grant from the start?",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "young-cities-model",
                                    "chapter": "Young Cities projects in Lebanon and Jordan",
                                    "page": None,
                                    "url": "https://youngcities.com/projects",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Your small-grants round",
                                    "items": [
                                        "Criteria are published before the call opens.",
                                        "The application is short and available in the languages young people in your city use.",
                                        "Young people sit on the selection panel.",
                                        "Informal youth groups can apply through a partner organisation.",
                                        "Every funded project has a plan for what happens after the grant.",
                                        "Results are published, including what did not work.",
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Check your understanding",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "What did Young Cities report for its work in Lebanon between 2018 and 2021?",
                                            "options": [
                                                {
                                                    "text": "76 young people, 16 officials and 14 projects",
                                                    "correct": True,
                                                    "feedback": "Correct. These are the figures reported for Lebanon, 2018–21.",
                                                },
                                                {
                                                    "text": "200 young people, 50 officials and 25 projects",
                                                    "correct": False,
                                                    "feedback": "These numbers echo the programme's overall reported reach (200+ young people, 50+ municipal leaders, 25+ campaigns), not the Lebanon figures.",
                                                },
                                                {
                                                    "text": "Zarqa, Irbid and Karak",
                                                    "correct": False,
                                                    "feedback": "These are the Jordanian cities where the programme worked in 2021–22, not its results in Lebanon.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "The Tripoli case shows that once a youth project has shown results, it will keep going on its own.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "The Tripoli case shows the opposite: sustainability suffered when funding ended. Plan for continuation from the start.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. Good results are not enough on their own; in Tripoli, sustainability suffered when funding ended.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which features make a small-grants round fairer and more accountable?",
                                            "options": [
                                                {
                                                    "text": "Criteria published in advance",
                                                    "correct": True,
                                                    "feedback": "Yes: everyone knows the rules before applying.",
                                                },
                                                {
                                                    "text": "Young people on the selection panel",
                                                    "correct": True,
                                                    "feedback": "Yes: it brings in their judgement and builds trust in the outcome.",
                                                },
                                                {
                                                    "text": "Grants restricted to registered associations",
                                                    "correct": False,
                                                    "feedback": "This shuts out many informal youth groups; a partner organisation can hold the funds on their behalf.",
                                                },
                                                {
                                                    "text": "A light, simple reporting format",
                                                    "correct": True,
                                                    "feedback": "Yes: reporting in proportion to the grant keeps accountability without putting young applicants off.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "City Initiatives : petites subventions, campagnes et ce qui dure",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Les idées ont besoin de moyens. Le modèle Young Cities prévoit de petites subventions, appelées « City Initiatives », pour que les jeunes puissent mener les campagnes et les projets qu’ils ont conçus. Leur intérêt dépasse l’argent : elles disent aux jeunes que la ville leur fait confiance, et elles offrent aux agents municipaux une manière concrète de travailler à leurs côtés.</p>"
                                "<h3>Ce que rapporte le programme</h3>"
                                "<p>Young Cities indique avoir touché plus de 200 jeunes et plus de 50 responsables municipaux, et soutenu plus de 25 campagnes. Au Liban, de 2018 à 2021, le programme a travaillé avec 76 jeunes et 16 responsables sur 14 projets. En Jordanie, en 2021-2022, il est intervenu à Zarqa, Irbid et Karak. Ces chiffres donnent l’échelle du modèle : de petits groupes de jeunes et de responsables qui travaillent sur un nombre limité de projets locaux, plutôt que de grands programmes nationaux.</p>"
                                "<h3>Organiser un appel à petites subventions</h3>"
                                "<p>Gardez une procédure simple et transparente : un dossier d’une page, des critères publiés à l’avance, un jury qui comprend des jeunes et un compte rendu allégé (photos, court récit, quelques chiffres). Veillez à ce que les subventions puissent bénéficier à des groupes de jeunes informels, et pas seulement à des associations déclarées, par exemple par l’intermédiaire d’une organisation partenaire qui gère les fonds.</p>"
                                "<h3>Prévoir ce qui dure</h3>"
                                "<p>Une campagne peut s’achever ; la relation, elle, ne le devrait pas. Avant de financer un projet, demandez-vous ce qui se passera après la subvention. Un service municipal peut-il le reprendre ? Un partenaire local peut-il le poursuivre ? Peut-il être reconduit l’an prochain sur le budget propre de la municipalité ?</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "À Tripoli (Liban), la municipalité et la société civile ont aidé d’anciens mineurs détenus à se réinsérer grâce à l’emploi, mais la pérennité de l’action a souffert de la fin du financement. Lisez ce cas avec une question en tête : comment la municipalité aurait-elle pu préparer l’après-subvention dès le départ ?",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "young-cities-model",
                                    "chapter": "Projets Young Cities au Liban et en Jordanie",
                                    "page": None,
                                    "url": "https://youngcities.com/projects",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Votre appel à petites subventions",
                                    "items": [
                                        "Les critères sont publiés avant l’ouverture de l’appel.",
                                        "Le dossier est court et disponible dans les langues utilisées par les jeunes de votre ville.",
                                        "Des jeunes siègent au jury de sélection.",
                                        "Les groupes de jeunes informels peuvent candidater par l’intermédiaire d’une organisation partenaire.",
                                        "Chaque projet financé a un plan pour l’après-subvention.",
                                        "Les résultats sont rendus publics, y compris ce qui n’a pas marché.",
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos acquis",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "Qu’a rapporté Young Cities pour son action au Liban entre 2018 et 2021 ?",
                                            "options": [
                                                {
                                                    "text": "76 jeunes, 16 responsables et 14 projets",
                                                    "correct": True,
                                                    "feedback": "Exact. Ce sont les chiffres rapportés pour le Liban, 2018-2021.",
                                                },
                                                {
                                                    "text": "200 jeunes, 50 responsables et 25 projets",
                                                    "correct": False,
                                                    "feedback": "Ces chiffres rappellent la portée globale annoncée du programme (plus de 200 jeunes, plus de 50 responsables municipaux, plus de 25 campagnes), pas les chiffres du Liban.",
                                                },
                                                {
                                                    "text": "Zarqa, Irbid et Karak",
                                                    "correct": False,
                                                    "feedback": "Ce sont les villes jordaniennes où le programme est intervenu en 2021-2022, pas ses résultats au Liban.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Le cas de Tripoli montre qu’une fois qu’un projet jeunesse a donné des résultats, il se poursuit de lui-même.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Le cas de Tripoli montre le contraire : la pérennité a souffert de la fin du financement. Prévoyez la suite dès le départ.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. De bons résultats ne suffisent pas : à Tripoli, la pérennité a souffert de la fin du financement.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Quelles caractéristiques rendent un appel à petites subventions plus équitable et plus redevable ?",
                                            "options": [
                                                {
                                                    "text": "Des critères publiés à l’avance",
                                                    "correct": True,
                                                    "feedback": "Oui : chacun connaît les règles avant de candidater.",
                                                },
                                                {
                                                    "text": "Des jeunes au jury de sélection",
                                                    "correct": True,
                                                    "feedback": "Oui : leur regard est pris en compte et la décision gagne en légitimité.",
                                                },
                                                {
                                                    "text": "Des subventions réservées aux associations déclarées",
                                                    "correct": False,
                                                    "feedback": "Cela exclut de nombreux groupes de jeunes informels ; une organisation partenaire peut gérer les fonds pour eux.",
                                                },
                                                {
                                                    "text": "Un compte rendu simple et allégé",
                                                    "correct": True,
                                                    "feedback": "Oui : un suivi proportionné au montant préserve la redevabilité sans décourager les jeunes candidats.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        # Module 4: youth councils and MENA cases
        # ------------------------------------------------------------------
        {
            "slug": "youth-councils-and-mena-cases",
            "estimated_minutes": 13,
            "source": {
                "guidebook": "young-cities-model",
                "chapter": {
                    "ar": "نموذج «المدن الشابة»: مجالس الشباب",
                    "en": "The Young Cities model: youth councils",
                    "fr": "Le modèle Young Cities : conseils de jeunes",
                },
                "url": "https://youngcities.com/our-model",
            },
            "ar": {
                "title": "مجالس الشباب وتجارب من المنطقة",
                "objectives": [
                    "أن تُنشئ مجلسًا للشباب بتفويض واضح وعضوية شاملة وصلة حقيقية بقرارات البلدية.",
                    "أن تخطط لاستمرار مجلس الشباب رغم تغيّر الأعضاء ودورات الميزانية وتبدّل القيادات.",
                    "أن تستفيد من التجارب الإقليمية، ومنها تجربة الرباط في التربية على حقوق الإنسان، وأن تكيّفها مع سياق مدينتك.",
                ],
            },
            "en": {
                "title": "Youth councils and MENA cases",
                "objectives": [
                    "Set up a youth council with a clear mandate, inclusive membership and a real link to municipal decisions.",
                    "Plan how to sustain a youth council through member turnover, budget cycles and changes of leadership.",
                    "Learn from regional practice, including Rabat's human-rights education, and adapt it to your city's context.",
                ],
            },
            "fr": {
                "title": "Conseils de jeunes et expériences de la région MENA",
                "objectives": [
                    "Mettre en place un conseil de jeunes doté d’un mandat clair, d’une composition inclusive et d’un lien réel avec les décisions municipales.",
                    "Assurer la pérennité du conseil malgré le renouvellement des membres, les cycles budgétaires et les changements à la tête de la municipalité.",
                    "Tirer les leçons des expériences régionales, dont l’éducation aux droits humains à Rabat, et les adapter au contexte de votre ville.",
                ],
            },
            "lessons": [
                {
                    "slug": "setting-up-a-youth-council",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "إنشاء مجلس للشباب قادر على الاستمرار",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>مجالس الشباب جزء من نموذج «المدن الشابة» لأنها تمنح مشاركة الشباب مكانًا دائمًا داخل البلدية. فالمختبر أو الحملة يدومان بضعة أشهر، أما المجلس فيستطيع أن يحمل العلاقة عبر السنوات. غير أن كثيرًا من مجالس الشباب يخبو بعد إطلاقه بقليل، والفارق يكمن عادةً في خمسة قرارات تُتخذ منذ البداية.</p>",
                            },
                            {"type": "heading", "value": "خمسة قرارات منذ البداية"},
                            {
                                "type": "rich_text",
                                "value": "<ol>"
                                "<li><strong>التفويض.</strong> اكتب الغرض من المجلس وما يستطيع فعله: إبداء الرأي في خطط البلدية، واقتراح المشاريع، ومتابعة القرارات المتعلقة بالشباب. والتفويض المكتوب الذي يعتمده المجلس البلدي يحمي مجلس الشباب حين تتغير القيادة.</li>"
                                "<li><strong>العضوية.</strong> حدّد طريقة اختيار الأعضاء (انتخابات في المدارس والجمعيات، أو دعوة مفتوحة، أو مزيج منهما)، ومدة العضوية، وكيف تضمن تمثيل الشابات، والمناطق الريفية والحدودية، والأقليات، والشباب الذين هم خارج الدراسة والعمل.</li>"
                                "<li><strong>الصلة بالقرار.</strong> عيّن مسؤولًا رفيعًا أو عضوًا منتخبًا محاورًا للمجلس، والتزم بالرد كتابةً على توصياته في أجل محدد، حتى حين يكون الجواب بالرفض.</li>"
                                "<li><strong>الموارد.</strong> بند صغير في الميزانية السنوية، ومكان للاجتماع، وموظف يدعم المجلس. ومن دون ذلك يبقى المجلس رهينًا بحسن النوايا.</li>"
                                "<li><strong>التجديد.</strong> اجعل مدد العضوية متداخلة كي ينقل الأعضاء ذوو الخبرة ما تعلّموه إلى الجدد، واحتفظ بسجل بسيط للقرارات والمشاريع.</li>"
                                "</ol>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "احذر المشاركة الشكلية",
                                    "text": "<p>المجلس الذي لا يُستشار إلا بعد اتخاذ القرارات، أو لا يُدعى إلا إلى المناسبات الرسمية، يفقد سريعًا مصداقيته لدى الشباب. وفكّر أيضًا في سلامة الأعضاء: ففي الأوضاع المتوترة، قد يعرّضهم الحديث العلني في قضايا حساسة للخطر. اتفق معهم على ما يرتاحون إلى القيام به علنًا.</p>",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "كيّف المجلس مع سياق مدينتك.",
                                    "stable": "<p>امنح المجلس صفة رسمية، ودورًا منتظمًا في دورة الميزانية والتخطيط، واربطه بشبكة الوقاية المحلية في المدينة أو بفريقها متعدد الأطراف، إن وُجد.</p>",
                                    "fragile": "<p>ابدأ بصيغة خفيفة: قد يكون منتدى شبابي غير رسمي يستضيفه شريك موثوق أكثر أمانًا من مجلس بارز. احمِ هويات الأعضاء عند الحاجة، واجتمعوا في أماكن آمنة، وركّزوا على الخدمات الملموسة التي يحتاجها الشباب الآن.</p>",
                                    "post_conflict": "<p>اجعل المجلس مكانًا يعمل فيه شباب من مجتمعات مختلفة، بمن فيهم أبناء الأسر النازحة والعائدة، معًا على مشاريع مشتركة ظاهرة للعيان. فالعضوية المختلطة والمشاريع المشتركة تساعد على إعادة بناء الثقة عبر خطوط الانقسام.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "هل مجلس الشباب في بلديتك جاهز؟",
                                    "items": [
                                        "تفويض مكتوب اعتمده المجلس البلدي.",
                                        "طريقة اختيار واضحة وشاملة، ومدد عضوية محددة.",
                                        "محاور رفيع المستوى معيّن بالاسم، وأجل محدد للردود المكتوبة.",
                                        "بند في الميزانية، ومكان للاجتماع، وشخص مكلّف بالدعم.",
                                        "خطة لتجديد الأعضاء دون خسارة الخبرة.",
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Setting up a youth council that lasts",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Youth councils are part of the Young Cities model because they give young people's participation a permanent home in the municipality. A lab or a campaign lasts a few months; a council can carry the relationship over years. Yet many youth councils fade soon after their launch. The difference usually lies in five decisions made at the start.</p>",
                            },
                            {"type": "heading", "value": "Five decisions at the start"},
                            {
                                "type": "rich_text",
                                "value": "<ol>"
                                "<li><strong>Mandate.</strong> Write down what the council is for and what it can do: give opinions on municipal plans, propose projects, follow up on decisions that affect young people. A written mandate adopted by the municipal council protects the youth council when leadership changes.</li>"
                                "<li><strong>Membership.</strong> Decide how members are chosen (elections in schools and associations, an open call, or a mix), how long they serve, and how you will make sure young women, rural and border areas, minorities and young people out of school or work are represented.</li>"
                                "<li><strong>Link to decisions.</strong> Name a senior official or elected member as the council's counterpart, and commit to answering its recommendations in writing within a set time, even when the answer is no.</li>"
                                "<li><strong>Resources.</strong> A small annual budget line, a place to meet, and a staff member who supports the council. Without these, the council depends on goodwill.</li>"
                                "<li><strong>Renewal.</strong> Stagger terms so that experienced members can pass on what they have learned to newcomers, and keep a simple record of decisions and projects.</li>"
                                "</ol>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Avoid tokenism",
                                    "text": "<p>A council that is consulted only after decisions are made, or invited only to ceremonies, soon loses credibility with young people. Think about members' safety too: in tense settings, speaking publicly on sensitive issues can put them at risk. Agree with them what they are comfortable doing in public.</p>",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "Adapt the council to your city's context.",
                                    "stable": "<p>Give the council formal status, a regular role in the budget and planning cycle, and a link to the city's local prevention network or multi-actor team, if there is one.</p>",
                                    "fragile": "<p>Start light: an informal youth forum hosted by a trusted partner may be safer than a high-profile council. Protect members' identities where needed, meet in safe places, and focus on the concrete services young people need now.</p>",
                                    "post_conflict": "<p>Make the council a place where young people from different communities, including displaced and returning families, work together on shared, visible projects. Mixed membership and joint projects help rebuild trust across lines of division.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Is your youth council ready?",
                                    "items": [
                                        "A written mandate adopted by the municipal council.",
                                        "A clear, inclusive selection process and fixed terms.",
                                        "A named senior counterpart and a deadline for written replies.",
                                        "A budget line, a meeting place and a support person.",
                                        "A plan for renewing members without losing experience.",
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Créer un conseil de jeunes qui dure",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Les conseils de jeunes font partie du modèle Young Cities parce qu’ils donnent à la participation des jeunes une place permanente au sein de la municipalité. Un laboratoire ou une campagne durent quelques mois ; un conseil peut faire vivre la relation pendant des années. Pourtant, beaucoup de conseils de jeunes s’essoufflent peu après leur lancement. La différence tient généralement à cinq décisions prises dès le départ.</p>",
                            },
                            {"type": "heading", "value": "Cinq décisions dès le départ"},
                            {
                                "type": "rich_text",
                                "value": "<ol>"
                                "<li><strong>Le mandat.</strong> Écrivez à quoi sert le conseil et ce qu’il peut faire : donner son avis sur les projets municipaux, proposer des projets, suivre les décisions qui concernent les jeunes. Un mandat écrit, adopté par le conseil municipal, protège le conseil de jeunes en cas de changement à la tête de la municipalité.</li>"
                                "<li><strong>La composition.</strong> Déterminez comment les membres sont choisis (élections dans les écoles et les associations, appel ouvert, ou les deux), la durée de leur mandat et la manière de garantir la représentation des jeunes femmes, des zones rurales et frontalières, des minorités et des jeunes sans emploi ni formation.</li>"
                                "<li><strong>Le lien avec la décision.</strong> Désignez un haut responsable ou un élu comme interlocuteur du conseil, et engagez-vous à répondre par écrit à ses recommandations dans un délai fixé, même lorsque la réponse est non.</li>"
                                "<li><strong>Les moyens.</strong> Une petite ligne budgétaire annuelle, un lieu de réunion et un agent chargé d’accompagner le conseil. Sans cela, le conseil ne vit que de bonne volonté.</li>"
                                "<li><strong>Le renouvellement.</strong> Échelonnez les mandats pour que les membres expérimentés transmettent ce qu’ils ont appris aux nouveaux venus, et tenez un registre simple des décisions et des projets.</li>"
                                "</ol>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Gare à la participation de façade",
                                    "text": "<p>Un conseil que l’on ne consulte qu’une fois les décisions prises, ou que l’on invite seulement aux cérémonies, perd vite toute crédibilité auprès des jeunes. Pensez aussi à la sécurité des membres : dans un contexte tendu, s’exprimer publiquement sur des sujets sensibles peut les exposer. Convenez avec eux de ce qu’ils sont prêts à faire publiquement.</p>",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "Adaptez le conseil au contexte de votre ville.",
                                    "stable": "<p>Donnez au conseil un statut officiel, un rôle régulier dans le cycle budgétaire et la planification, et reliez-le au réseau local de prévention ou à l’équipe multi-acteurs de la ville, s’il en existe un.</p>",
                                    "fragile": "<p>Commencez léger : un forum de jeunes informel, accueilli par un partenaire de confiance, peut être plus sûr qu’un conseil très visible. Protégez l’identité des membres si nécessaire, réunissez-vous dans des lieux sûrs et concentrez-vous sur les services concrets dont les jeunes ont besoin dès maintenant.</p>",
                                    "post_conflict": "<p>Faites du conseil un lieu où des jeunes de communautés différentes, y compris issus de familles déplacées et de familles de retour, travaillent ensemble sur des projets communs et visibles. Une composition mixte et des projets partagés aident à reconstruire la confiance par-delà les lignes de fracture.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Votre conseil de jeunes est-il prêt ?",
                                    "items": [
                                        "Un mandat écrit, adopté par le conseil municipal.",
                                        "Un mode de sélection clair et inclusif, et des mandats à durée fixe.",
                                        "Un interlocuteur de haut niveau nommément désigné et un délai pour les réponses écrites.",
                                        "Une ligne budgétaire, un lieu de réunion et une personne chargée de l’accompagnement.",
                                        "Un plan de renouvellement des membres qui préserve l’expérience acquise.",
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "mena-cases-and-next-steps",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "التعلّم من المنطقة: الرباط والخطوات التالية",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>لا يبدأ العمل مع الشباب في منطقة الشرق الأوسط وشمال أفريقيا من الصفر. فهناك مدن تنفّذ بالفعل برامج تصل إلى أعداد كبيرة جدًا من الشباب، وقد جُرّب نموذج «المدن الشابة» في لبنان والأردن. يتناول هذا الدرس حالة واحدة، ثم ما ينبغي أن يأتي بعدها.</p>"
                                "<h3>الرباط: التربية على حقوق الإنسان على نطاق واسع</h3>"
                                "<p>بحسب ما عُرض في ورشة الرباط (مارس/آذار 2023)، تعمل مدينة الرباط من خلال شراكات في مجال المساواة بين الجنسين، منها مراكز لمناهضة التحرش اللفظي والجسدي بالنساء، وقد أوصلت التربية على حقوق الإنسان إلى أكثر من 80 ألف تلميذ وتلميذة. وتستحق سمتان الانتباه: العمل يجري عبر شراكات لا من البلدية وحدها، ويصل إلى الشباب حيث هم أصلًا، أي في المدرسة.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "rabat-gender-equality-education",
                                    "note": "اقرأ الحالة واسأل نفسك: أي الشركاء جعلوا الوصول إلى هذا العدد من التلاميذ ممكنًا؟ وأيٌّ منهم موجود في مدينتك؟",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<h3>الربط بأدوات أخرى</h3>"
                                "<p>تتناول مجموعة أدوات اليونسكو للإدماج الحضري في المدن العربية (Toolkit for Urban Inclusion in Arab Cities، 2020) روافع قريبة: المشاركة العامة، والحصول على المعلومات، والرياضة وسيلةً لإدماج الشباب، والتربية على المواطنة وحقوق الإنسان. ويمكن أن يكون مجلس الشباب القناة التي يسهم الشباب عبرها في تشكيل ذلك كله.</p>"
                                "<h3>ماذا بعد؟</h3>"
                                "<p>سمّى المشاركون في ورشة الرباط عدة خطوات تالية، منها تدريبات «المدن الشابة» على تعامل الحكومات المحلية مع الشباب، وتبادل الخبرات بين المدن، وتقييمات للاحتياجات خاصة بكل مدينة. وتوجد بالفعل شبكات وقاية محلية في صيدا وطرابلس ومجدل عنجر في لبنان، وفي الكرك وإربد والزرقاء في الأردن؛ ويمكن لمجالس الشباب ومختبرات الابتكار أن ترتبط بمثل هذه الشبكات، كما يتيح تبادل الخبرات بين المدن رؤية ما تفعله المدن الأخرى على أرض الواقع.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "unesco-urban-inclusion",
                                    "chapter": "المشاركة العامة؛ التربية على المواطنة وحقوق الإنسان",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "تحقّق من فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "ما الدرس الرئيسي الذي تقدّمه حالة الرباط للبلديات الأخرى؟",
                                            "options": [
                                                {
                                                    "text": "العمل عبر الشركاء والوصول إلى الشباب حيث هم أصلًا، كالمدارس، يتيحان العمل على نطاق واسع.",
                                                    "correct": True,
                                                    "feedback": "أحسنت. فالرباط تعمل عبر شراكات، وتصل إلى التلاميذ في مدارسهم.",
                                                },
                                                {
                                                    "text": "ينبغي أن تنفرد البلدية بالتربية على حقوق الإنسان كي تتحكم في الرسالة.",
                                                    "correct": False,
                                                    "feedback": "الحالة تقوم على الشراكات، لا على عمل البلدية وحدها.",
                                                },
                                                {
                                                    "text": "التربية على حقوق الإنسان موجّهة إلى طلاب الجامعات فقط.",
                                                    "correct": False,
                                                    "feedback": "وصل برنامج الرباط إلى تلاميذ المدارس، وهذا ما يفسّر نطاقه الواسع.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "ينبغي أن تتلقى توصيات مجلس الشباب ردًا مكتوبًا من البلدية، حتى حين يكون الجواب بالرفض.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. الرد المكتوب يُظهر أن المجلس يؤخذ على محمل الجد ويشرح أسباب البلدية؛ أما الصمت فهو ما يجعل المجالس تخبو.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": False,
                                                    "feedback": "تجاهل التوصيات، ولو كان الجواب بالرفض، يُفقد المجلس مصداقيته بسرعة. والرد المكتوب في أجل محدد جزء من صلة المجلس بالقرار.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "أيٌّ مما يلي سمّاه المشاركون في ورشة الرباط خطواتٍ تالية؟",
                                            "options": [
                                                {
                                                    "text": "تدريبات «المدن الشابة» على تعامل الحكومات المحلية مع الشباب",
                                                    "correct": True,
                                                    "feedback": "نعم، سُمّيت هذه التدريبات خطوةً تالية.",
                                                },
                                                {
                                                    "text": "تبادل الخبرات بين المدن",
                                                    "correct": True,
                                                    "feedback": "نعم، وهي أيضًا من الخطوات التالية.",
                                                },
                                                {
                                                    "text": "تقييمات للاحتياجات خاصة بكل مدينة",
                                                    "correct": True,
                                                    "feedback": "نعم، «من العاصمة إلى القرى الحدودية النائية».",
                                                },
                                                {
                                                    "text": "إغلاق دور الشباب في المناطق الحدودية",
                                                    "correct": False,
                                                    "feedback": "لا. دعا المشاركون إلى الوصول إلى القرى الحدودية النائية، لا إلى تقليص الخدمات فيها.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "ما الخطوة الواحدة التي ستتخذها خلال الشهر المقبل لتجعل الشباب شركاء في عمل بلديتك في مجال الوقاية؟ ومن تحتاج إلى كسب دعمه لتحقيقها؟"
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Learning from the region: Rabat and next steps",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Youth engagement in the MENA region is not starting from scratch. Some cities already run programmes that reach very large numbers of young people, and the Young Cities model has been tested in Lebanon and Jordan. This lesson looks at one case, and then at what should come next.</p>"
                                "<h3>Rabat: human-rights education at scale</h3>"
                                "<p>As reported at the Rabat workshop (March 2023), the city of Rabat works through partnerships on gender equality, including centres against verbal and physical harassment of women, and has reached more than 80,000 school students with human-rights education. Two features deserve attention: the work is done through partnerships, not by the municipality alone, and it reaches young people where they already are, at school.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "rabat-gender-equality-education",
                                    "note": "Read the case and ask yourself: which partners made it possible to reach so many students, and which of them exist in your city?",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<h3>Linking to other tools</h3>"
                                "<p>UNESCO's <em>Toolkit for Urban Inclusion in Arab Cities</em> (2020) covers related levers: public participation, access to information, sport for youth inclusion, and citizenship and human-rights education. A youth council can be the channel through which young people help shape all of these.</p>"
                                "<h3>What comes next</h3>"
                                "<p>Participants at the Rabat workshop named several next steps, among them Young Cities trainings on local-government engagement with youth, city-to-city exchanges and city-specific needs assessments. Local prevention networks already exist in Saida, Tripoli and Majdal Anjar in Lebanon and in Karak, Irbid and Zarqa in Jordan; youth councils and innovation labs can connect to networks like these, and city-to-city exchanges let you see what other cities are doing on the ground.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "unesco-urban-inclusion",
                                    "chapter": "Public participation; citizenship and human-rights education",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Check your understanding",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "What is the main lesson of the Rabat case for other municipalities?",
                                            "options": [
                                                {
                                                    "text": "Working through partners and reaching young people where they already are, such as at school, makes large scale possible.",
                                                    "correct": True,
                                                    "feedback": "Well done. Rabat works through partnerships and reaches students in their schools.",
                                                },
                                                {
                                                    "text": "The municipality should run human-rights education alone, to keep control of the message.",
                                                    "correct": False,
                                                    "feedback": "The case rests on partnerships, not on the municipality acting alone.",
                                                },
                                                {
                                                    "text": "Human-rights education is only for university students.",
                                                    "correct": False,
                                                    "feedback": "Rabat's programme reached school students, which explains its wide reach.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "A youth council's recommendations should receive a written answer from the municipality, even when the answer is no.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": True,
                                                    "feedback": "Correct. A written reply shows that the council is taken seriously and explains the municipality's reasons; silence is what makes councils fade.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": False,
                                                    "feedback": "Ignoring recommendations, even ones you turn down, quickly costs the council its credibility. A written reply within a set time is part of the council's link to decisions.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which of these did participants at the Rabat workshop name as next steps?",
                                            "options": [
                                                {
                                                    "text": "Young Cities trainings on local-government engagement with youth",
                                                    "correct": True,
                                                    "feedback": "Yes, these trainings were named as a next step.",
                                                },
                                                {
                                                    "text": "City-to-city exchanges",
                                                    "correct": True,
                                                    "feedback": "Yes, these are among the next steps too.",
                                                },
                                                {
                                                    "text": "City-specific needs assessments",
                                                    "correct": True,
                                                    "feedback": "Yes, “from the capital to remote border villages”.",
                                                },
                                                {
                                                    "text": "Closing youth centres in border areas",
                                                    "correct": False,
                                                    "feedback": "No. Participants called for reaching remote border villages, not for cutting services there.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "What one step will you take in the next month to make young people partners in your municipality's prevention work? Whose support will you need to make it happen?"
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Apprendre de la région : Rabat et les prochaines étapes",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Dans la région MENA, l’engagement des jeunes ne part pas de zéro. Des villes mènent déjà des programmes qui touchent un très grand nombre de jeunes, et le modèle Young Cities a été expérimenté au Liban et en Jordanie. Cette leçon s’arrête sur un cas, puis sur la suite à donner.</p>"
                                "<h3>Rabat : l’éducation aux droits humains à grande échelle</h3>"
                                "<p>Selon ce qui a été présenté à l’atelier de Rabat (mars 2023), la ville de Rabat agit par des partenariats en faveur de l’égalité entre les femmes et les hommes, notamment des centres de lutte contre le harcèlement verbal et physique envers les femmes, et a touché plus de 80 000 élèves grâce à l’éducation aux droits humains. Deux traits méritent l’attention : le travail passe par des partenariats, et non par la seule municipalité, et il va chercher les jeunes là où ils sont déjà, à l’école.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "rabat-gender-equality-education",
                                    "note": "Lisez le cas en vous demandant : quels partenaires ont permis de toucher autant d’élèves, et lesquels existent dans votre ville ?",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<h3>Faire le lien avec d’autres outils</h3>"
                                "<p>La boîte à outils de l’UNESCO pour l’inclusion urbaine dans les villes arabes (<em>Toolkit for Urban Inclusion in Arab Cities</em>, 2020) traite de leviers voisins : participation du public, accès à l’information, sport au service de l’inclusion des jeunes, éducation à la citoyenneté et aux droits humains. Un conseil de jeunes peut être le canal par lequel les jeunes contribuent à façonner tout cela.</p>"
                                "<h3>Et ensuite ?</h3>"
                                "<p>Les participants à l’atelier de Rabat ont cité plusieurs prochaines étapes, dont des formations Young Cities sur l’engagement des collectivités locales auprès des jeunes, des échanges de ville à ville et des évaluations des besoins propres à chaque ville. Des réseaux locaux de prévention existent déjà à Saïda, Tripoli et Majdal Anjar au Liban, ainsi qu’à Karak, Irbid et Zarqa en Jordanie : conseils de jeunes et laboratoires d’innovation peuvent s’appuyer sur de tels réseaux, et les échanges entre villes permettent de voir sur le terrain ce que font les autres.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "unesco-urban-inclusion",
                                    "chapter": "Participation du public ; éducation à la citoyenneté et aux droits humains",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos acquis",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "Quelle est la principale leçon du cas de Rabat pour les autres municipalités ?",
                                            "options": [
                                                {
                                                    "text": "Travailler avec des partenaires et aller vers les jeunes là où ils sont déjà, comme à l’école, permet d’agir à grande échelle.",
                                                    "correct": True,
                                                    "feedback": "Bien vu. Rabat agit par des partenariats et touche les élèves dans leurs établissements.",
                                                },
                                                {
                                                    "text": "La municipalité doit mener seule l’éducation aux droits humains pour maîtriser le message.",
                                                    "correct": False,
                                                    "feedback": "Le cas repose sur des partenariats, et non sur l’action isolée de la municipalité.",
                                                },
                                                {
                                                    "text": "L’éducation aux droits humains s’adresse uniquement aux étudiants.",
                                                    "correct": False,
                                                    "feedback": "Le programme de Rabat a touché des élèves, ce qui explique son ampleur.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Les recommandations d’un conseil de jeunes doivent recevoir une réponse écrite de la municipalité, même lorsque la réponse est non.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": True,
                                                    "feedback": "Exact. Une réponse écrite montre que le conseil est pris au sérieux et explique les raisons de la municipalité ; c’est le silence qui fait dépérir les conseils.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": False,
                                                    "feedback": "Ignorer des recommandations, même pour les refuser, fait vite perdre sa crédibilité au conseil. Une réponse écrite dans un délai fixé fait partie de son lien avec la décision.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Parmi les propositions suivantes, lesquelles ont été citées comme prochaines étapes à l’atelier de Rabat ?",
                                            "options": [
                                                {
                                                    "text": "Des formations Young Cities sur l’engagement des collectivités locales auprès des jeunes",
                                                    "correct": True,
                                                    "feedback": "Oui, ces formations ont été citées comme prochaine étape.",
                                                },
                                                {
                                                    "text": "Des échanges de ville à ville",
                                                    "correct": True,
                                                    "feedback": "Oui, ils font aussi partie des prochaines étapes.",
                                                },
                                                {
                                                    "text": "Des évaluations des besoins propres à chaque ville",
                                                    "correct": True,
                                                    "feedback": "Oui, « de la capitale aux villages frontaliers reculés ».",
                                                },
                                                {
                                                    "text": "La fermeture des maisons de jeunes dans les zones frontalières",
                                                    "correct": False,
                                                    "feedback": "Non. Les participants ont appelé à atteindre les villages frontaliers reculés, pas à y réduire les services.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Quelle mesure prendrez-vous le mois prochain pour faire des jeunes des partenaires du travail de prévention de votre municipalité ? De qui aurez-vous besoin du soutien pour y parvenir ?"
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
}
