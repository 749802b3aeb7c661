"""Demo course for local government staff: “Local prevention in practice”. It follows A Guide for Cities and the Strong Cities toolkit on building a multi-actor Local Prevention Framework through four modules (mapping and needs assessment; building a framework and coordinating through local prevention networks; rehabilitation and reintegration with national partners; monitoring and evaluation), in Arabic, English and French. Facts come only from /work/shared/content/CATALOGUE.md; facts known only from the MENA hub's Rabat workshop summary (March 2023) are flagged as such in the text, and quotes are paraphrased composites attributed to roles, not to named people."""

COURSE = {
    "slug": "local-prevention-in-practice",
    "track": "local-government-staff",
    "estimated_hours": 1,
    "awards_certificate": True,
    "ar": {
        "title": "الوقاية المحلية في الممارسة: دورة لموظفي الإدارة المحلية",
        "audience": "موظفو البلديات والمحافظات الذين يخطّطون لأعمال الوقاية في مدنهم أو ينسّقونها أو ينفّذونها.",
        "summary": "دورة عملية موجّهة إلى مَن يحوّلون التزام المدينة بالوقاية إلى عمل يومي. تستند إلى «دليل للمدن» وإلى مجموعة أدوات شبكة المدن القوية لبناء إطار محلي للوقاية متعدد الأطراف، وتتناول رسم خريطة الاحتياجات المحلية، وبناء الإطار والشبكة، والعمل مع الشركاء الوطنيين على إعادة التأهيل وإعادة الإدماج، وقياس ما يتغيّر فعلاً.",
        "outcomes": [
            "التخطيط لتقييم احتياجات خاص بالمدينة وإعداد دليل للجهات المعنية.",
            "وصف مكوّنات الإطار المحلي للوقاية متعدد الأطراف وتشكيل فريق الوقاية في المدينة.",
            "تحديد ما يمكن أن تسهم به البلدية في إعادة التأهيل وإعادة الإدماج إلى جانب السلطات الوطنية.",
            "إعداد خطة أولى للمتابعة والتقييم تتضمّن مؤشرات للمخرجات وأخرى للنتائج.",
        ],
    },
    "en": {
        "title": "Local prevention in practice: a course for local government staff",
        "audience": "Municipal and governorate staff who plan, coordinate or deliver prevention work in their city.",
        "summary": "A practical course for the people who turn a city's commitment to prevention into everyday work. Based on A Guide for Cities and the Strong Cities toolkit for building a multi-actor Local Prevention Framework, it covers mapping local needs, building a framework and a network, working with national partners on rehabilitation and reintegration, and measuring what actually changes.",
        "outcomes": [
            "Plan a city-specific needs assessment and build a stakeholder directory.",
            "Describe the components of a multi-actor local prevention framework and set up a City Prevention Team.",
            "Identify what the municipality can contribute to rehabilitation and reintegration alongside national authorities.",
            "Draft a first monitoring and evaluation plan with output and outcome indicators.",
        ],
    },
    "fr": {
        "title": "La prévention locale en pratique : un cours pour les agents des collectivités locales",
        "audience": "Agents des municipalités et des gouvernorats qui planifient, coordonnent ou mettent en œuvre le travail de prévention dans leur ville.",
        "summary": "Un cours pratique pour celles et ceux qui traduisent l'engagement de leur ville en matière de prévention dans le travail quotidien. Fondé sur le guide A Guide for Cities et sur la boîte à outils du Strong Cities Network pour bâtir un cadre local de prévention multi-acteurs, il aborde la cartographie des besoins locaux, la construction d'un cadre et d'un réseau, la coopération avec les partenaires nationaux pour la réhabilitation et la réintégration, et la mesure de ce qui change réellement.",
        "outcomes": [
            "Planifier une évaluation des besoins propre à la ville et constituer un répertoire des parties prenantes.",
            "Décrire les composantes d'un cadre local de prévention multi-acteurs et mettre en place une équipe municipale de prévention.",
            "Identifier ce que la municipalité peut apporter à la réhabilitation et à la réintégration, aux côtés des autorités nationales.",
            "Rédiger un premier plan de suivi et d'évaluation avec des indicateurs de réalisation et de résultat.",
        ],
    },
    "modules": [
        # ------------------------------------------------------------------
        # Module 1: mapping and needs assessment
        # ------------------------------------------------------------------
        {
            "slug": "mapping-and-needs-assessment",
            "estimated_minutes": 11,
            "source": {
                "guidebook": "guide-for-cities",
                "chapter": {
                    "ar": "رسم الخريطة المحلية",
                    "en": "Mapping",
                    "fr": "Cartographie",
                },
                "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
            },
            "ar": {
                "title": "رسم الخريطة المحلية وتقييم الاحتياجات",
                "objectives": [
                    "شرح لماذا تحتاج كل مدينة، بل كل جزء من المدينة، إلى تقييم خاص بها.",
                    "اختيار مصادر بيانات تلائم سياق المدينة ومواردها.",
                    "إعداد دليل للجهات المعنية وتحديثه باستمرار.",
                ],
            },
            "en": {
                "title": "Mapping and needs assessment",
                "objectives": [
                    "Explain why each city, and each part of a city, needs its own assessment.",
                    "Choose data sources that fit the city's context and resources.",
                    "Build and maintain a stakeholder directory.",
                ],
            },
            "fr": {
                "title": "Cartographie et évaluation des besoins",
                "objectives": [
                    "Expliquer pourquoi chaque ville, et chaque partie d'une ville, a besoin de sa propre évaluation.",
                    "Choisir des sources de données adaptées au contexte et aux moyens de la ville.",
                    "Constituer et tenir à jour un répertoire des parties prenantes.",
                ],
            },
            "lessons": [
                {
                    "slug": "a-city-specific-needs-assessment",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "تقييم احتياجات لمدينتك أنت، لا لمدينة افتراضية",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>لا تواجه مدينتان المزيج نفسه من المخاطر. ففي الورشة الافتتاحية للمركز الإقليمي لشبكة المدن القوية في منطقة الشرق الأوسط وشمال أفريقيا، التي عُقدت في الرباط في مارس/آذار 2023، عدّد ممثلون عن حكومات محلية ووطنية وعن المجتمع المدني من سبع دول التهديدات التي يرصدونها: النزاعات الممتدة، وبطالة الشباب، وانتهاكات الحقوق التي تُرتكب باسم مكافحة الإرهاب، وانعدام الأمن الغذائي وشحّ الموارد، والنزوح والهجرة، والمقاتلون الإرهابيون الأجانب وعائلاتهم، والتضليل والدعاية عبر الإنترنت، والمناطق الريفية والحدودية المهمَّشة.</p><p>وتحدّث المشاركون أيضاً عمّا ينقصهم: البيانات اللازمة لتقييم التهديدات والاحتياجات على مستوى المدينة. ومن بين الخطوات التالية التي اقترحوها، دعوا إلى تقييمات خاصة بكل مدينة، «من العاصمة إلى القرى الحدودية النائية». فالصورة الوطنية نقطة انطلاق مفيدة، لكنها لا تخبر البلدية أيّ حيّ أو أيّ فئة عمرية أو أيّ خدمة تحتاج إلى الاهتمام أولاً.</p>",
                            },
                            {"type": "heading", "value": "ماذا نرصد؟"},
                            {
                                "type": "rich_text",
                                "value": "<p>تقييم الاحتياجات في مجال الوقاية ليس ملفاً أمنياً، بل صورة عن المدينة تساعدك على تحديد مواضع التدخل. احرص على تغطية أربعة عناصر:</p><ul><li><strong>المخاطر والتوترات:</strong> أين تظهر مظاهر الاستقطاب أو حوادث الكراهية أو محاولات التجنيد، وبين مَن، سواء على الإنترنت أو خارجه.</li><li><strong>العوامل الكامنة:</strong> مثل البطالة، أو الإقصاء من الخدمات، أو المظالم تجاه المؤسسات، أو وصول أسر نازحة دون دعم.</li><li><strong>عوامل الحماية:</strong> ما يجمع المجتمع أصلاً: نوادي الشباب، والمرافق الرياضية، والشخصيات الدينية أو المجتمعية الموثوقة، والجمعيات النشطة.</li><li><strong>الخدمات القائمة والثغرات:</strong> مَن يفعل ماذا حالياً، ومَن يبقى خارج دائرة الخدمات.</li></ul><p>اعتمد على أكثر من مصدر. ابدأ بما تملكه البلدية من معطيات (طلبات الخدمات، والشكاوى، وسجلات مصالح الشؤون الاجتماعية والشباب والتعليم)، وأضف إليها الإحصاءات الوطنية المنشورة وتقارير المجتمع المدني، واستمع مباشرة إلى السكان. فنموذج «المدن الشابة» (Young Cities)، على سبيل المثال، يبني فهمه للتحدي المحلي من خلال استطلاعات التصورات، ومجموعات النقاش المركّزة، وتحليل وسائل التواصل الاجتماعي.</p>",
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "ستختلف الطريقة نفسها باختلاف وضع مدينتك.",
                                    "stable": "<p>لديك الوقت وقدر من الهدوء: أجرِ تقييماً أشمل، وكرّره كل بضع سنوات، وادرس العوامل بعيدة المدى مثل تغيّر المناخ أو السكن أو التحولات في الاقتصاد المحلي.</p>",
                                    "fragile": "<p>اجعل التقييم خفيفاً وآمناً. اعتمد على عدد محدود من الشركاء الموثوقين وعلى البيانات المتوفرة، واحمِ الأشخاص الذين يتحدثون إليك، وركّز على الاحتياجات العاجلة، بما فيها الأمن الجسدي، قبل العوامل بعيدة المدى.</p>",
                                    "post_conflict": "<p>أولِ اهتماماً خاصاً للنزوح والعودة والخدمات المتضررة وانعدام الثقة بين الفئات. وأشرك السكان في تحديد ما يُرصد، حتى يصبح التقييم نفسه وسيلة لإعادة بناء الثقة.</p>",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "نرصد الاحتياجات، لا المشتبه بهم",
                                    "text": "<p>لا ينبغي أن يتحوّل التقييم أبداً إلى قائمة بأحياء أو جماعات «مشبوهة». اجمع ما تحتاجه فقط، واحفظ البيانات الشخصية بأمان، وقدّم النتائج بصورة مجمّعة، واشرح للسكان سبب طرح أسئلتك عليهم.</p>",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "اختبر فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "لماذا دعا المشاركون في ورشة الرباط إلى تقييمات للاحتياجات خاصة بكل مدينة؟",
                                            "options": [
                                                {
                                                    "text": "لأن البيانات الوطنية لا تُظهر الأحياء أو الفئات أو الخدمات التي تحتاج إلى الاهتمام أولاً.",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. الصورة الوطنية مفيدة، لكن قرارات الوقاية تُتّخذ محلياً، ولذلك تحتاج البلدية إلى أدلة محلية.",
                                                },
                                                {
                                                    "text": "لأن الاستراتيجيات الوطنية تصبح غير ضرورية بمجرد أن تمتلك المدينة تقييمها الخاص.",
                                                    "correct": False,
                                                    "feedback": "ليس تماماً. التقييمات المحلية تكمّل الاستراتيجيات الوطنية ولا تحلّ محلها، بل إن التعاون بين المستويين الوطني والمحلي كان من الاحتياجات ذات الأولوية التي طرحتها الورشة.",
                                                },
                                                {
                                                    "text": "لأن التقييم وسيلة أساساً لتحديد الأفراد المعرّضين للخطر.",
                                                    "correct": False,
                                                    "feedback": "لا. يتناول التقييم الاحتياجات والعوامل والموارد على مستوى المدينة كلها. أمّا إعداد قوائم بالأفراد فهو إجراء أمني، وقد يؤدي إلى وصم مجتمعات بأكملها.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "التقييم الجيد للاحتياجات يقتصر على رصد المخاطر والتهديدات.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "إجابة خاطئة. الاقتصار على التهديدات يعطي صورة ناقصة، ومثيرة للقلق في الغالب. تحتاج أيضاً إلى رصد عوامل الحماية والخدمات القائمة التي يمكنك البناء عليها.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. التقييم المفيد يرصد أيضاً عوامل الحماية، مثل نوادي الشباب أو الشخصيات المجتمعية الموثوقة، والخدمات المتاحة، لتعرف على ماذا تبني.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "A needs assessment for your city, not an average city",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>No two cities face the same mix of risks. At the inaugural workshop of the Strong Cities Network's MENA hub in Rabat in March 2023, representatives of local and national governments and civil society from seven countries listed the threats they see: protracted conflict, youth unemployment, rights abuses committed in the name of counter-terrorism, food and resource insecurity, displacement and migration, foreign terrorist fighters and their families, online disinformation and propaganda, and neglected rural and border areas.</p><p>Participants also said what they were missing: the data to assess threats and needs at city level. Among the next steps, they called for city-specific assessments “from the capital to remote border villages”. A national picture is a useful start, but it cannot tell a municipality which neighbourhood, which age group or which service needs attention first.</p>",
                            },
                            {"type": "heading", "value": "What to map"},
                            {
                                "type": "rich_text",
                                "value": "<p>A needs assessment for prevention is not a security file. It is a picture of the city that helps you decide where to act. Aim to cover four things:</p><ul><li><strong>Risks and tensions:</strong> where, and between whom, polarisation, hate incidents or recruitment attempts show up, online and offline.</li><li><strong>Underlying drivers:</strong> for example unemployment, exclusion from services, grievances against institutions, or displaced families arriving without support.</li><li><strong>Protective factors:</strong> what already holds the community together: youth clubs, sports facilities, trusted religious or community figures, active associations.</li><li><strong>Existing services and gaps:</strong> who already does what, and who is left out.</li></ul><p>Use more than one source. Start with what the municipality already holds (service requests, complaints, records from the social affairs, youth and education departments), add published national statistics and civil-society reports, and listen to residents directly. The Young Cities model, for example, builds its understanding of the local challenge through perception surveys, focus groups and social-media analysis.</p>",
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "The same method will look different depending on where your city stands.",
                                    "stable": "<p>You have time and relative calm: run a fuller assessment, repeat it every few years, and look at long-term drivers such as climate change, housing or shifts in the local economy.</p>",
                                    "fragile": "<p>Keep it light and safe. Rely on a few trusted partners and on existing data, protect the people who talk to you, and focus on immediate needs, including physical security, before long-term drivers.</p>",
                                    "post_conflict": "<p>Pay particular attention to displacement, returns, damaged services and mistrust between groups. Involve residents in deciding what is mapped, so that the assessment itself helps to rebuild trust.</p>",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Map needs, not suspects",
                                    "text": "<p>An assessment must never turn into a list of “suspect” neighbourhoods or communities. Collect only what you need, store personal data securely, report findings in aggregate, and explain to residents why you are asking.</p>",
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
                                            "prompt": "Why did participants at the Rabat workshop call for city-specific needs assessments?",
                                            "options": [
                                                {
                                                    "text": "Because national data cannot show which neighbourhoods, groups or services need attention first.",
                                                    "correct": True,
                                                    "feedback": "Correct. A national picture is useful, but prevention decisions are taken locally, so the municipality needs local evidence.",
                                                },
                                                {
                                                    "text": "Because national strategies are no longer needed once a city has its own assessment.",
                                                    "correct": False,
                                                    "feedback": "Not quite. Local assessments complement national strategies; they do not replace them. National–local cooperation was itself one of the priority needs named at the workshop.",
                                                },
                                                {
                                                    "text": "Because an assessment is mainly a way to identify individuals at risk.",
                                                    "correct": False,
                                                    "feedback": "No. An assessment looks at needs, drivers and resources across the whole city. Drawing up lists of individuals is a security measure, and it risks stigmatising entire communities.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "A good needs assessment looks only at risks and threats.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Incorrect. Looking only at threats gives a partial and often alarming picture. You also need the protective factors and existing services you can build on.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. A useful assessment also maps protective factors, such as youth clubs or trusted community figures, and the services already available, so you know what to build on.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Une évaluation des besoins pour votre ville, pas pour une ville moyenne",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Aucune ville ne fait face exactement aux mêmes risques. Lors de l'atelier inaugural du hub MENA du Strong Cities Network, à Rabat en mars 2023, des représentants de gouvernements locaux et nationaux et de la société civile de sept pays ont recensé les menaces qu'ils observent : conflits prolongés, chômage des jeunes, atteintes aux droits commises au nom de la lutte antiterroriste, insécurité alimentaire et pénurie de ressources, déplacements et migrations, combattants terroristes étrangers et leurs familles, désinformation et propagande en ligne, zones rurales et frontalières délaissées.</p><p>Les participants ont aussi dit ce qui leur manquait : les données nécessaires pour évaluer les menaces et les besoins à l'échelle de la ville. Parmi les prochaines étapes, ils ont demandé des évaluations propres à chaque ville, « de la capitale aux villages frontaliers les plus reculés ». Un état des lieux national est un bon point de départ, mais il ne dit pas à une municipalité quel quartier, quelle tranche d'âge ou quel service doit passer en priorité.</p>",
                            },
                            {"type": "heading", "value": "Que faut-il cartographier ?"},
                            {
                                "type": "rich_text",
                                "value": "<p>Une évaluation des besoins en matière de prévention n'est pas un dossier sécuritaire. C'est un portrait de la ville qui vous aide à décider où agir. Visez quatre éléments :</p><ul><li><strong>Risques et tensions :</strong> où, et entre qui, apparaissent la polarisation, les incidents haineux ou les tentatives de recrutement, en ligne comme hors ligne.</li><li><strong>Facteurs sous-jacents :</strong> par exemple le chômage, l'exclusion des services, les griefs envers les institutions, ou l'arrivée de familles déplacées sans accompagnement.</li><li><strong>Facteurs de protection :</strong> ce qui fait déjà tenir la communauté : clubs de jeunes, équipements sportifs, figures religieuses ou communautaires de confiance, associations actives.</li><li><strong>Services existants et lacunes :</strong> qui fait déjà quoi, et qui reste à l'écart.</li></ul><p>Croisez plusieurs sources. Partez de ce que la municipalité détient déjà (demandes de services, plaintes, données des services sociaux, de la jeunesse et de l'éducation), ajoutez les statistiques nationales publiées et les rapports de la société civile, et écoutez directement les habitants. Le modèle Young Cities, par exemple, s'appuie sur des enquêtes de perception, des groupes de discussion et l'analyse des réseaux sociaux pour comprendre l'enjeu local.</p>",
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "La même méthode prendra une forme différente selon la situation de votre ville.",
                                    "stable": "<p>Vous disposez de temps et d'un calme relatif : menez une évaluation plus complète, renouvelez-la à intervalles de quelques années et examinez les facteurs de long terme, comme le changement climatique, le logement ou l'évolution de l'économie locale.</p>",
                                    "fragile": "<p>Restez léger et prudent. Appuyez-vous sur quelques partenaires de confiance et sur les données existantes, protégez les personnes qui vous parlent, et concentrez-vous sur les besoins immédiats, y compris la sécurité physique, avant les facteurs de long terme.</p>",
                                    "post_conflict": "<p>Portez une attention particulière aux déplacements, aux retours, aux services endommagés et à la méfiance entre groupes. Associez les habitants au choix de ce qui est cartographié : l'évaluation elle-même peut alors aider à rétablir la confiance.</p>",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Cartographier des besoins, pas des suspects",
                                    "text": "<p>Une évaluation ne doit jamais devenir une liste de quartiers ou de communautés « suspects ». Ne collectez que ce dont vous avez besoin, conservez les données personnelles en sécurité, présentez les résultats de manière agrégée et expliquez aux habitants pourquoi vous les interrogez.</p>",
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
                                            "prompt": "Pourquoi les participants à l'atelier de Rabat ont-ils demandé des évaluations des besoins propres à chaque ville ?",
                                            "options": [
                                                {
                                                    "text": "Parce que les données nationales ne montrent pas quels quartiers, quels groupes ou quels services doivent passer en priorité.",
                                                    "correct": True,
                                                    "feedback": "Exact. Un état des lieux national est utile, mais les décisions de prévention se prennent localement : la municipalité a besoin de données locales.",
                                                },
                                                {
                                                    "text": "Parce que les stratégies nationales deviennent inutiles dès que la ville dispose de sa propre évaluation.",
                                                    "correct": False,
                                                    "feedback": "Pas tout à fait. Les évaluations locales complètent les stratégies nationales, elles ne les remplacent pas. La coopération entre les niveaux national et local figurait d'ailleurs parmi les besoins prioritaires exprimés à l'atelier.",
                                                },
                                                {
                                                    "text": "Parce qu'une évaluation sert avant tout à repérer des individus à risque.",
                                                    "correct": False,
                                                    "feedback": "Non. Une évaluation porte sur les besoins, les facteurs et les ressources de toute la ville. Dresser des listes d'individus relève de la sécurité et risque de stigmatiser des communautés entières.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Une bonne évaluation des besoins ne porte que sur les risques et les menaces.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Inexact. S'en tenir aux menaces donne une image partielle, souvent alarmiste. Il faut aussi repérer les facteurs de protection et les services existants sur lesquels s'appuyer.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Une évaluation utile recense aussi les facteurs de protection, comme les clubs de jeunes ou les figures communautaires de confiance, ainsi que les services déjà disponibles, pour savoir sur quoi bâtir.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "building-a-stakeholder-directory",
                    "estimated_minutes": 5,
                    "required": True,
                    "ar": {
                        "title": "إعداد دليل الجهات المعنية",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>لا تستطيع إدارة واحدة أن تتولى الوقاية بمفردها. وتتضمّن مجموعة أدوات شبكة المدن القوية لبناء إطار محلي للوقاية متعدد الأطراف أداةً هي <strong>دليل الجهات المعنية</strong>: سجلّ بسيط وحيّ للأشخاص والمنظمات القادرين على المساهمة في الوقاية من الكراهية والتطرف والاستقطاب في مدينتك، أو الذين يساهمون فيها فعلاً. وهو نقطة انطلاق جيدة للعمل.</p><p>يمكنك أن تعدّه دفتر العناوين لإطارك المقبل: يخبرك مَن تدعو، ومَن تتصل به عندما تتصاعد التوترات، وأين توجد الثغرات.</p>",
                            },
                            {"type": "heading", "value": "مَن يُدرَج في الدليل؟"},
                            {
                                "type": "rich_text",
                                "value": "<ul><li><strong>المصالح البلدية:</strong> الشؤون الاجتماعية، والشباب والرياضة، والتعليم، والثقافة، والتخطيط العمراني، والاتصال.</li><li><strong>الفروع المحلية للهيئات الوطنية:</strong> التعليم، والصحة، والحماية الاجتماعية، والتشغيل، والشرطة والقضاء، في حدود صلاحيات كلٍّ منها.</li><li><strong>المجتمع المدني:</strong> الجمعيات العاملة مع الشباب والنساء والأقليات والنازحين والمهاجرين.</li><li><strong>القيادات المجتمعية والدينية</strong> التي تحظى بثقة الفئات المختلفة.</li><li><strong>الشباب أنفسهم:</strong> مجالس الشباب، والاتحادات الطلابية، والمجموعات غير الرسمية.</li><li><strong>جهات أخرى:</strong> المدارس والجامعات، وأصحاب العمل وغرف التجارة، ووسائل الإعلام المحلية.</li></ul><p>ولكل جهة، سجّل أكثر من رقم هاتف: ما تقوم به، ومَن تصل إليهم، وما يمكن أن تقدّمه (مكاناً، أو موظفين، أو ثقة الناس، أو بيانات)، وطبيعة علاقتها بالبلدية، واسم شخص للتواصل.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "علينا أن نتعلّم كيف نبني علاقات مع الشباب والنساء والأقليات، فهم غالباً الغائبون عن طاولة الحوار.",
                                    "speaker": "مسؤول بلدي من المنطقة",
                                    "role": "خلاصة آراء طُرحت في ورشة الرباط، مارس/آذار 2023 (بتصرّف)",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "حافظ على تحديثه",
                                    "text": "<p>كلّف شخصاً واحداً بمسؤولية الدليل، وراجعه مرة في السنة على الأقل وبعد كل حدث مهم، واتفق مع الشركاء على كيفية استخدام بيانات الاتصال الخاصة بهم ومشاركتها.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "دليل الجهات المعنية",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "دليل الجهات المعنية: النسخة الأولى",
                                    "items": [
                                        "أدرجتُ المصالح البلدية التي يمسّ عملها الشباب أو التماسك الاجتماعي أو الفضاءات العامة.",
                                        "أدرجتُ الفروع المحلية للهيئات الوطنية، ودوّنت صلاحيات كلٍّ منها.",
                                        "أدرجتُ منظمة واحدة على الأقل تعمل مع كل فئة من الفئات التالية: الشباب، والنساء، والأقليات، والنازحون أو المهاجرون.",
                                        "يتضمّن كل إدخال اسم شخص للتواصل وما يمكن أن يقدّمه الشريك.",
                                        "حدّدتُ الثغرات: الفئات أو الأحياء التي لا تصل إليها أيّ جهة في الدليل.",
                                        "هناك شخص مسؤول عن تحديث الدليل، مع موعد محدّد للمراجعة.",
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Building a stakeholder directory",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>No single department can do prevention alone. The Strong Cities toolkit for building a multi-actor Local Prevention Framework includes a <strong>stakeholder directory</strong>: a simple, living record of the people and organisations who can help prevent hate, extremism and polarisation in your city, or who already do. It is a good place to start.</p><p>Think of it as the address book of your future framework. It tells you whom to invite, whom to call when tensions rise, and where the gaps are.</p>",
                            },
                            {"type": "heading", "value": "Who belongs in the directory"},
                            {
                                "type": "rich_text",
                                "value": "<ul><li><strong>Municipal departments:</strong> social affairs, youth and sport, education, culture, urban planning, communications.</li><li><strong>Local offices of national bodies:</strong> education, health, social protection, employment, police and justice, within the limits of their mandates.</li><li><strong>Civil society:</strong> associations working with young people, women, minorities, displaced people and migrants.</li><li><strong>Community and religious leaders</strong> trusted by different groups.</li><li><strong>Young people themselves:</strong> youth councils, student unions, informal groups.</li><li><strong>Others:</strong> schools and universities, employers and chambers of commerce, local media.</li></ul><p>For each entry, record more than a phone number: what the organisation does, whom it reaches, what it could bring (a venue, staff, public trust, data), its relationship with the municipality, and a named contact person.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "We need to learn how to build relationships with young people, women and minorities. They are often the ones missing from the table.",
                                    "speaker": "A municipal official from the region",
                                    "role": "Composite of views reported at the Rabat workshop, March 2023 (paraphrased)",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Keep it alive",
                                    "text": "<p>Make one person responsible for the directory, review it at least once a year and after any major event, and agree with partners how their contact details will be used and shared.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "Stakeholder directory",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Your stakeholder directory: first version",
                                    "items": [
                                        "I have listed the municipal departments whose work touches young people, social cohesion or public spaces.",
                                        "I have included the local offices of national bodies and noted what each one is mandated to do.",
                                        "I have included at least one organisation working with each of these groups: young people, women, minorities, and displaced people or migrants.",
                                        "Each entry names a contact person and what the partner could contribute.",
                                        "I have marked the gaps: groups or neighbourhoods that no one in the directory reaches.",
                                        "One person is responsible for updating the directory, with a set review date.",
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Constituer un répertoire des parties prenantes",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Aucun service ne peut faire de la prévention seul. La boîte à outils du Strong Cities Network pour bâtir un cadre local de prévention multi-acteurs comprend un <strong>répertoire des parties prenantes</strong> : un registre simple et vivant des personnes et des organisations qui peuvent contribuer, ou contribuent déjà, à prévenir la haine, l'extrémisme et la polarisation dans votre ville. C'est un bon point de départ.</p><p>Voyez-le comme le carnet d'adresses de votre futur cadre de prévention. Il vous indique qui inviter, qui appeler quand les tensions montent, et où se trouvent les manques.</p>",
                            },
                            {"type": "heading", "value": "Qui inscrire au répertoire ?"},
                            {
                                "type": "rich_text",
                                "value": "<ul><li><strong>Services municipaux :</strong> affaires sociales, jeunesse et sports, éducation, culture, urbanisme, communication.</li><li><strong>Antennes locales des institutions nationales :</strong> éducation, santé, protection sociale, emploi, police et justice, dans les limites de leur mandat.</li><li><strong>Société civile :</strong> associations qui travaillent avec les jeunes, les femmes, les minorités, les personnes déplacées et les migrants.</li><li><strong>Responsables communautaires et religieux</strong> en qui les différents groupes ont confiance.</li><li><strong>Les jeunes eux-mêmes :</strong> conseils de jeunes, associations étudiantes, groupes informels.</li><li><strong>Autres acteurs :</strong> écoles et universités, employeurs et chambres de commerce, médias locaux.</li></ul><p>Pour chaque entrée, notez plus qu'un numéro de téléphone : ce que fait l'organisation, qui elle touche, ce qu'elle pourrait apporter (un lieu, du personnel, la confiance du public, des données), la nature de sa relation avec la municipalité, et une personne de contact désignée nommément.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "Nous devons apprendre à construire des relations avec les jeunes, les femmes et les minorités : ce sont souvent eux qui manquent autour de la table.",
                                    "speaker": "Un responsable municipal de la région",
                                    "role": "Synthèse de points de vue exprimés à l'atelier de Rabat, mars 2023 (paraphrase)",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Le faire vivre",
                                    "text": "<p>Confiez le répertoire à une personne responsable, mettez-le à jour au moins une fois par an et après tout événement important, et convenez avec les partenaires de l'usage et du partage de leurs coordonnées.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "Répertoire des parties prenantes",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Votre répertoire des parties prenantes : première version",
                                    "items": [
                                        "J'ai listé les services municipaux dont le travail concerne les jeunes, la cohésion sociale ou les espaces publics.",
                                        "J'ai inclus les antennes locales des institutions nationales et noté le mandat de chacune.",
                                        "J'ai inclus au moins une organisation travaillant avec chacun de ces publics : les jeunes, les femmes, les minorités, les personnes déplacées ou migrantes.",
                                        "Chaque entrée indique une personne de contact et ce que le partenaire pourrait apporter.",
                                        "J'ai signalé les manques : les groupes ou quartiers que personne dans le répertoire ne touche.",
                                        "Une personne est chargée de mettre à jour le répertoire, avec une date de révision fixée.",
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        # Module 2: local prevention framework and networks
        # ------------------------------------------------------------------
        {
            "slug": "local-prevention-framework-and-networks",
            "estimated_minutes": 13,
            "source": {
                "guidebook": "toolkit-local-prevention-framework",
                "chapter": {
                    "ar": "مكوّنات الإطار؛ من مجموعة القيادة إلى فريق الوقاية في المدينة",
                    "en": "Framework components; from a leadership group to a City Prevention Team",
                    "fr": "Composantes du cadre ; du groupe de direction à l'équipe municipale de prévention",
                },
                "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
            },
            "ar": {
                "title": "بناء إطار محلي للوقاية والعمل من خلال الشبكات",
                "objectives": [
                    "وصف محتوى الإطار المحلي للوقاية متعدد الأطراف.",
                    "التخطيط للانتقال من مجموعة قيادة صغيرة إلى فريق للوقاية في المدينة يجتمع مرة كل ثلاثة أشهر على الأقل.",
                    "شرح القيمة المضافة لشبكات الوقاية المحلية، استناداً إلى أمثلة من لبنان والأردن.",
                ],
            },
            "en": {
                "title": "Building a local prevention framework and working through networks",
                "objectives": [
                    "Describe what a multi-actor local prevention framework contains.",
                    "Plan the move from a small leadership group to a City Prevention Team that meets at least quarterly.",
                    "Explain what local prevention networks add, drawing on examples from Lebanon and Jordan.",
                ],
            },
            "fr": {
                "title": "Bâtir un cadre local de prévention et travailler en réseau",
                "objectives": [
                    "Décrire le contenu d'un cadre local de prévention multi-acteurs.",
                    "Planifier le passage d'un petit groupe de direction à une équipe municipale de prévention qui se réunit au moins une fois par trimestre.",
                    "Expliquer l'apport des réseaux locaux de prévention, à partir d'exemples au Liban et en Jordanie.",
                ],
            },
            "lessons": [
                {
                    "slug": "framework-and-city-prevention-team",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "من مجموعة القيادة إلى فريق الوقاية في المدينة",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>من بين الاحتياجات التي طرحتها مدن المنطقة في ورشة الرباط: <em>أطر محلية متعددة القطاعات</em>. والإطار المحلي للوقاية هو الخطة المشتركة للمدينة، يجمع المصالح البلدية والفروع المحلية للهيئات الوطنية والمجتمع المدني والشباب حول أهداف مشتركة، بحيث تتكامل جهودهم بدلاً من أن تتداخل.</p><p>تعرض مجموعة أدوات شبكة المدن القوية مكوّنات هذا الإطار. وأيّاً كان الشكل الذي سيتخذه إطارك، ينبغي أن يجيب عن بضعة أسئلة عملية:</p><ul><li><strong>ما المشكلة هنا؟</strong> نتائج تقييم الاحتياجات الذي أجريته.</li><li><strong>ماذا نريد أن نغيّر؟</strong> عدد محدود من أهداف الوقاية الواضحة.</li><li><strong>مَن يفعل ماذا؟</strong> دور كل شريك وفق صلاحياته ونقاط قوته.</li><li><strong>كيف ننسّق؟</strong> هيكل دائم، وإيقاع منتظم للاجتماعات، وطريقة لتبادل المعلومات.</li><li><strong>كيف نعرف أن الإطار ناجح؟</strong> مؤشرات وخطة للمتابعة (انظر الوحدة الرابعة).</li></ul>",
                            },
                            {"type": "heading", "value": "ابدأ صغيراً ثم توسّع"},
                            {
                                "type": "rich_text",
                                "value": "<p>تصف مجموعة الأدوات مساراً متدرّجاً. يبدأ العمل بـ<strong>مجموعة قيادة</strong>: عدد قليل من كبار المسؤولين، يدعوهم مثلاً رئيس البلدية أو أحد نوابه، يتفقون على أن الوقاية أولوية، ويمنحون العمل تفويضاً، ويفتحون الأبواب. ثم تُنشئ هذه المجموعة <strong>فريق الوقاية في المدينة</strong>، وهو فريق أوسع يضمّ الشركاء الميدانيين ويجتمع <strong>مرة كل ثلاثة أشهر على الأقل</strong> لمراجعة الوضع ومتابعة الإجراءات وتعديل الخطة.</p><p>لهذا الإيقاع الفصلي أهميته: فهو يحافظ على التزام الشركاء بين الأزمات، ويمنح الإطار موعداً منتظماً للنظر في البيانات، ويجعل الفريق مستعداً للتحرك عند وقوع أيّ حدث.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "على أرض الواقع",
                                    "text": "<p>حدّد في الاجتماع الأول مواعيد الاجتماعات الفصلية الأربعة للسنة كلها، وتناوب مع الشركاء على استضافتها، ووزّع قائمة مختصرة بالإجراءات المتفق عليها خلال أسبوع من كل اجتماع.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "مكوّنات الإطار؛ من مجموعة القيادة إلى فريق الوقاية في المدينة",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "اختبر فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "multiple",
                                            "prompt": "أيّ مما يلي له مكان في الإطار المحلي للوقاية؟",
                                            "options": [
                                                {
                                                    "text": "أهداف وقائية مبنية على تقييم الاحتياجات المحلي",
                                                    "correct": True,
                                                    "feedback": "نعم. ينبغي أن تنبع الأهداف مما كشفه التقييم في مدينتك، لا من نموذج عام جاهز.",
                                                },
                                                {
                                                    "text": "أدوار واضحة لكل شريك",
                                                    "correct": True,
                                                    "feedback": "نعم. من دون أدوار متفق عليها، تتكرّر جهود الشركاء أو تبقى ثغرات بلا تغطية.",
                                                },
                                                {
                                                    "text": "قائمة بالسكان الذين يُعدّون مشبوهين",
                                                    "correct": False,
                                                    "feedback": "لا. يتعلق إطار الوقاية بالخدمات والشراكات والأهداف، لا بمراقبة السكان. فمثل هذه القوائم تهدم الثقة وقد تنتهك الحقوق.",
                                                },
                                                {
                                                    "text": "آلية لمتابعة التقدّم وتقييمه",
                                                    "correct": True,
                                                    "feedback": "نعم. تُطلع المتابعةُ الفريقَ على ما إذا كان الإطار يُحدث فرقاً، وتساعده على تعديل مساره.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "بحسب مجموعة الأدوات، كم مرة ينبغي أن يجتمع فريق الوقاية في المدينة؟",
                                            "options": [
                                                {
                                                    "text": "عند وقوع حادث فقط",
                                                    "correct": False,
                                                    "feedback": "لا. إذا اقتصرت الاجتماعات على الأزمات، فلن يعرف الشركاء بعضهم بعضاً حين تدعو الحاجة. الإيقاع المنتظم هو ما يبني الجاهزية.",
                                                },
                                                {
                                                    "text": "مرة كل ثلاثة أشهر على الأقل",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. تنصّ مجموعة الأدوات على اجتماع الفريق مرة كل ثلاثة أشهر على الأقل، ليتابع الوضع وما اتفق عليه من إجراءات.",
                                                },
                                                {
                                                    "text": "مرة في السنة عند إعداد الميزانية",
                                                    "correct": False,
                                                    "feedback": "غير كافٍ. الاجتماع السنوي نادر جداً لمتابعة الإجراءات أو الاستجابة للتغيّرات في المدينة.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "From a leadership group to a City Prevention Team",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>When cities in the region listed their needs at the Rabat workshop, <em>multi-sector local frameworks</em> were among them. A local prevention framework is the city's shared plan: it brings municipal departments, local offices of national bodies, civil society and young people together around common objectives, so that their work adds up instead of overlapping.</p><p>The Strong Cities toolkit sets out the components of such a framework. Whatever shape yours takes, it should answer a few practical questions:</p><ul><li><strong>What is the problem here?</strong> The findings of your needs assessment.</li><li><strong>What do we want to change?</strong> A small number of clear prevention objectives.</li><li><strong>Who does what?</strong> A role for each partner, based on its mandate and strengths.</li><li><strong>How do we coordinate?</strong> A standing structure, a meeting rhythm and a way to share information.</li><li><strong>How will we know it works?</strong> Indicators and a monitoring plan (see Module 4).</li></ul>",
                            },
                            {"type": "heading", "value": "Start small, then widen"},
                            {
                                "type": "rich_text",
                                "value": "<p>The toolkit describes a progression. It starts with a <strong>leadership group</strong>: a few senior people, convened for example by the mayor or a deputy mayor, who agree that prevention is a priority, give the work a mandate and open doors. This group then sets up a broader <strong>City Prevention Team</strong> that brings the operational partners together and meets <strong>at least quarterly</strong> to review the situation, follow up on actions and adjust the plan.</p><p>The quarterly rhythm matters. It keeps partners engaged between crises, gives the framework a regular moment to look at the data, and means the team is ready to act when something happens.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "In practice",
                                    "text": "<p>At the first meeting, fix the dates of all four quarterly meetings for the year, rotate the venue among partners, and circulate a short list of agreed actions within a week of each meeting.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "Framework components; from a leadership group to a City Prevention Team",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
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
                                            "prompt": "Which of the following belong in a local prevention framework?",
                                            "options": [
                                                {
                                                    "text": "Prevention objectives based on the local needs assessment",
                                                    "correct": True,
                                                    "feedback": "Yes. Objectives should come from what the assessment found in your city, not from a generic template.",
                                                },
                                                {
                                                    "text": "Clear roles for each partner",
                                                    "correct": True,
                                                    "feedback": "Yes. Without agreed roles, partners duplicate each other's work or leave gaps.",
                                                },
                                                {
                                                    "text": "A list of residents considered suspicious",
                                                    "correct": False,
                                                    "feedback": "No. A prevention framework is about services, partnerships and objectives, not about watching residents. Such lists destroy trust and can violate rights.",
                                                },
                                                {
                                                    "text": "A way to monitor and evaluate progress",
                                                    "correct": True,
                                                    "feedback": "Yes. Monitoring tells the team whether the framework is making a difference and helps it change course.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "According to the toolkit, how often should the City Prevention Team meet?",
                                            "options": [
                                                {
                                                    "text": "Only when there is an incident",
                                                    "correct": False,
                                                    "feedback": "No. If the team meets only in a crisis, partners will not know each other when it matters. A regular rhythm is what builds readiness.",
                                                },
                                                {
                                                    "text": "At least quarterly",
                                                    "correct": True,
                                                    "feedback": "Correct. The toolkit has the team meet at least every quarter, so that it keeps track of the situation and of its agreed actions.",
                                                },
                                                {
                                                    "text": "Once a year, when the budget is prepared",
                                                    "correct": False,
                                                    "feedback": "Not enough. A yearly meeting is too rare to follow up on actions or respond to changes in the city.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Du groupe de direction à l'équipe municipale de prévention",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Parmi les besoins exprimés par les villes de la région à l'atelier de Rabat figuraient des <em>cadres locaux multisectoriels</em>. Un cadre local de prévention est le plan commun de la ville : il réunit les services municipaux, les antennes locales des institutions nationales, la société civile et les jeunes autour d'objectifs partagés, pour que leurs actions s'additionnent au lieu de se chevaucher.</p><p>La boîte à outils du Strong Cities Network décrit les composantes d'un tel cadre. Quelle que soit la forme du vôtre, il doit répondre à quelques questions pratiques :</p><ul><li><strong>Quel est le problème ici ?</strong> Les conclusions de votre évaluation des besoins.</li><li><strong>Que voulons-nous changer ?</strong> Un petit nombre d'objectifs de prévention clairs.</li><li><strong>Qui fait quoi ?</strong> Le rôle de chaque partenaire, selon son mandat et ses atouts.</li><li><strong>Comment nous coordonnons-nous ?</strong> Une structure permanente, un rythme de réunions et un moyen de partager l'information.</li><li><strong>Comment saurons-nous que cela fonctionne ?</strong> Des indicateurs et un plan de suivi (voir le module 4).</li></ul>",
                            },
                            {"type": "heading", "value": "Commencer petit, puis élargir"},
                            {
                                "type": "rich_text",
                                "value": "<p>La boîte à outils décrit une progression. Tout commence par un <strong>groupe de direction</strong> : quelques responsables de haut niveau, réunis par exemple par le maire ou l'un de ses adjoints, qui font de la prévention une priorité, donnent un mandat au travail et ouvrent des portes. Ce groupe met ensuite en place une <strong>équipe municipale de prévention</strong> (City Prevention Team), plus large, qui rassemble les partenaires opérationnels et se réunit <strong>au moins une fois par trimestre</strong> pour faire le point sur la situation, suivre les actions et ajuster le plan.</p><p>Ce rythme trimestriel compte. Il entretient l'engagement des partenaires entre deux crises, offre au cadre un rendez-vous régulier pour examiner les données et prépare l'équipe à agir lorsqu'un événement survient.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "En pratique",
                                    "text": "<p>Fixez dès la première réunion les dates des quatre réunions trimestrielles de l'année, faites tourner le lieu entre les partenaires et diffusez une courte liste des actions convenues dans la semaine qui suit chaque réunion.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "Composantes du cadre ; du groupe de direction à l'équipe municipale de prévention",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
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
                                            "prompt": "Quels éléments ont leur place dans un cadre local de prévention ?",
                                            "options": [
                                                {
                                                    "text": "Des objectifs de prévention fondés sur l'évaluation locale des besoins",
                                                    "correct": True,
                                                    "feedback": "Oui. Les objectifs doivent découler de ce que l'évaluation a révélé dans votre ville, et non d'un modèle générique.",
                                                },
                                                {
                                                    "text": "Des rôles clairs pour chaque partenaire",
                                                    "correct": True,
                                                    "feedback": "Oui. Sans rôles convenus, les partenaires font double emploi ou laissent des vides.",
                                                },
                                                {
                                                    "text": "Une liste d'habitants jugés suspects",
                                                    "correct": False,
                                                    "feedback": "Non. Un cadre de prévention porte sur des services, des partenariats et des objectifs, pas sur la surveillance des habitants. Ce type de liste détruit la confiance et peut porter atteinte aux droits.",
                                                },
                                                {
                                                    "text": "Un dispositif de suivi et d'évaluation des progrès",
                                                    "correct": True,
                                                    "feedback": "Oui. Le suivi indique à l'équipe si le cadre fait une différence et l'aide à corriger le tir.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "Selon la boîte à outils, à quelle fréquence l'équipe municipale de prévention doit-elle se réunir ?",
                                            "options": [
                                                {
                                                    "text": "Seulement en cas d'incident",
                                                    "correct": False,
                                                    "feedback": "Non. Si l'équipe ne se réunit qu'en temps de crise, les partenaires ne se connaissent pas au moment où cela compte. C'est un rythme régulier qui prépare à agir.",
                                                },
                                                {
                                                    "text": "Au moins une fois par trimestre",
                                                    "correct": True,
                                                    "feedback": "Exact. La boîte à outils prévoit que l'équipe se réunisse au moins chaque trimestre, afin de suivre la situation et les actions convenues.",
                                                },
                                                {
                                                    "text": "Une fois par an, lors de la préparation du budget",
                                                    "correct": False,
                                                    "feedback": "Insuffisant. Une réunion annuelle est trop rare pour suivre les actions ou réagir aux évolutions de la ville.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "local-prevention-networks",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "شبكات الوقاية المحلية: التنسيق خارج أسوار البلدية",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>الإطار يحدّد الخطة، أمّا <strong>شبكة الوقاية المحلية</strong> فهي نسيج العلاقات الذي ينفّذها. وقد كانت شبكات الوقاية المحلية من بين الاحتياجات التي طُرحت في ورشة الرباط، كما أن التنسيق عبر هذه الشبكات من المواضيع التي يتناولها «دليل للمدن».</p><p>تضمّ الشبكة عادةً موظفين بلديين، ومنظمات من المجتمع المدني، ومربّين، وعاملين مع الشباب، ومهنيين في المجالين الاجتماعي والصحي، وشخصيات مجتمعية ودينية. يتبادل أعضاؤها ما يلاحظونه، ويوجّهون الأشخاص إلى الخدمة المناسبة، ويصمّمون أنشطة مشتركة. وخلافاً لفريق الوقاية في المدينة، يمكن أن تكون الشبكة واسعة وغير رسمية، وكثيراً ما تصل إلى أشخاص لا تستطيع البلدية الوصول إليهم وحدها.</p>",
                            },
                            {"type": "heading", "value": "أمثلة من المنطقة"},
                            {
                                "type": "rich_text",
                                "value": "<p>دعمت شبكة المدن القوية شبكات وقاية محلية في <strong>صيدا وطرابلس ومجدل عنجر</strong> في لبنان، وفي <strong>الكرك وإربد والزرقاء</strong> في الأردن. وقد شاركت هذه المدن الأردنية الثلاث أيضاً في برنامج «المدن الشابة» خلال عامَي 2021 و2022. وحين توجد شبكة محلية ومبادرات لإشراك الشباب جنباً إلى جنب، يمكن أن يعزّز كلٌّ منهما الآخر: تفتح الشبكة لمشاريع الشباب باباً إلى البلدية، ويمنح الشبابُ الشبكةَ طاقة جديدة وقدرة أكبر على الوصول.</p><p>ثمة شروط تساعد الشبكة على الاستمرار:</p><ul><li>غاية واضحة ومشتركة ساهم الأعضاء في تحديدها؛</li><li>منسّق يخصّص وقتاً محدداً لهذا الدور؛</li><li>قواعد واضحة بشأن المعلومات التي تُتبادل، ومع مَن، وكيف تُحمى؛</li><li>صلة بأصحاب القرار في البلدية، عبر فريق الوقاية في المدينة مثلاً؛</li><li>نتائج ملموسة، ولو كانت صغيرة، يستطيع الأعضاء الإشارة إليها.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-cities",
                                    "chapter": "التنسيق وشبكات الوقاية المحلية",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "أهم الخلاصات",
                                    "items": [
                                        "الإطار هو الخطة، والشبكة هي مجموعة العلاقات التي تنفّذها.",
                                        "تصل الشبكات إلى سكان وفئات لا تستطيع البلدية الوصول إليهم بمفردها.",
                                        "توجد في المنطقة شبكات وقاية محلية في صيدا وطرابلس ومجدل عنجر (لبنان)، وفي الكرك وإربد والزرقاء (الأردن).",
                                        "تستمر الشبكة حين تكون لها غاية مشتركة، ومنسّق، وقواعد واضحة للمعلومات، وصلة بأصحاب القرار.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "فكّر في توتر أو حادث وقع مؤخراً في مدينتك. ما المنظمات الثلاث من خارج البلدية التي كنت تودّ الاتصال بها أولاً؟ وهل تربطك بها علاقة عمل قائمة؟ وما الذي يلزم لضمّها إلى شبكة وقاية محلية؟",
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Local prevention networks: coordination beyond the town hall",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>The framework sets the plan; a <strong>local prevention network</strong> is the web of relationships that carries it out. Local prevention networks were among the needs named at the Rabat workshop, and coordination through such networks is one of the topics covered in <em>A Guide for Cities</em>.</p><p>A network typically brings together municipal staff, civil-society organisations, teachers, youth workers, social and health professionals, and community and religious figures. Its members share what they see, refer people to the right service and design joint activities. Unlike the City Prevention Team, a network can be broad and informal, and it often reaches people the municipality cannot reach on its own.</p>",
                            },
                            {"type": "heading", "value": "Examples from the region"},
                            {
                                "type": "rich_text",
                                "value": "<p>The Strong Cities Network has supported local prevention networks in <strong>Saida, Tripoli and Majdal Anjar</strong> in Lebanon, and in <strong>Karak, Irbid and Zarqa</strong> in Jordan. The three Jordanian cities also took part in Young Cities in 2021–22. Where a network and youth engagement exist side by side, they can strengthen each other: the network gives young people's projects a way into the municipality, and young people bring the network fresh energy and wider reach.</p><p>A few conditions help a network last:</p><ul><li>a clear, shared purpose that members helped to define;</li><li>a coordinator with time set aside for the role;</li><li>clear rules on what information is shared, with whom, and how it is protected;</li><li>a link to the municipality's decision-makers, for example through the City Prevention Team;</li><li>visible results, even small ones, that members can point to.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-cities",
                                    "chapter": "Coordination and local prevention networks",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "Key takeaways",
                                    "items": [
                                        "The framework is the plan; the network is the set of relationships that delivers it.",
                                        "Networks reach residents and groups that the municipality cannot reach on its own.",
                                        "In the region, local prevention networks exist in Saida, Tripoli and Majdal Anjar (Lebanon) and in Karak, Irbid and Zarqa (Jordan).",
                                        "Networks last when they have a shared purpose, a coordinator, clear rules on information and a link to decision-makers.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Think of a recent tension or incident in your city. Which three organisations outside the municipality would you have wanted to call first? Do you already have a working relationship with them? What would it take to bring them into a local prevention network?",
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Les réseaux locaux de prévention : coordonner au-delà de l'hôtel de ville",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Le cadre fixe le plan ; le <strong>réseau local de prévention</strong> est le tissu de relations qui le met en œuvre. Les réseaux locaux de prévention figuraient parmi les besoins exprimés à l'atelier de Rabat, et la coordination au moyen de ces réseaux est l'un des thèmes traités dans <em>A Guide for Cities</em>.</p><p>Un réseau réunit généralement des agents municipaux, des organisations de la société civile, des enseignants, des animateurs jeunesse, des professionnels du social et de la santé, ainsi que des figures communautaires et religieuses. Ses membres partagent ce qu'ils observent, orientent les personnes vers le bon service et conçoivent des activités communes. Contrairement à l'équipe municipale de prévention, un réseau peut être large et informel, et il touche souvent des personnes que la municipalité n'atteint pas seule.</p>",
                            },
                            {"type": "heading", "value": "Des exemples dans la région"},
                            {
                                "type": "rich_text",
                                "value": "<p>Le Strong Cities Network a accompagné des réseaux locaux de prévention à <strong>Saïda, Tripoli et Majdal Anjar</strong> au Liban, ainsi qu'à <strong>Karak, Irbid et Zarqa</strong> en Jordanie. Ces trois villes jordaniennes ont également participé au programme Young Cities en 2021-2022. Lorsqu'un réseau et une démarche d'engagement des jeunes coexistent, ils peuvent se renforcer mutuellement : le réseau offre aux projets des jeunes une porte d'entrée vers la municipalité, et les jeunes apportent au réseau une énergie nouvelle et une audience plus large.</p><p>Quelques conditions aident un réseau à durer :</p><ul><li>une finalité claire et partagée, que les membres ont contribué à définir ;</li><li>un coordinateur qui dispose de temps dédié à ce rôle ;</li><li>des règles claires sur les informations partagées, avec qui, et sur leur protection ;</li><li>un lien avec les décideurs municipaux, par exemple par l'intermédiaire de l'équipe municipale de prévention ;</li><li>des résultats visibles, même modestes, que les membres peuvent faire valoir.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-cities",
                                    "chapter": "Coordination et réseaux locaux de prévention",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "À retenir",
                                    "items": [
                                        "Le cadre est le plan ; le réseau est l'ensemble des relations qui le met en œuvre.",
                                        "Les réseaux touchent des habitants et des groupes que la municipalité n'atteint pas seule.",
                                        "Dans la région, des réseaux locaux de prévention existent à Saïda, Tripoli et Majdal Anjar (Liban) et à Karak, Irbid et Zarqa (Jordanie).",
                                        "Un réseau dure lorsqu'il a une finalité commune, un coordinateur, des règles claires sur l'information et un lien avec les décideurs.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Pensez à une tension ou à un incident récent dans votre ville. Quelles sont les trois organisations extérieures à la municipalité que vous auriez voulu appeler en premier ? Avez-vous déjà une relation de travail avec elles ? Que faudrait-il pour les associer à un réseau local de prévention ?",
                                },
                            },
                        ],
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        # Module 3: rehabilitation and reintegration with national partners
        # ------------------------------------------------------------------
        {
            "slug": "rehabilitation-and-reintegration",
            "estimated_minutes": 13,
            "source": {
                "guidebook": "guide-for-cities",
                "chapter": {
                    "ar": "إعادة التأهيل وإعادة الإدماج",
                    "en": "Rehabilitation and reintegration",
                    "fr": "Réhabilitation et réintégration",
                },
                "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
            },
            "ar": {
                "title": "إعادة التأهيل وإعادة الإدماج بالتعاون مع الشركاء الوطنيين",
                "objectives": [
                    "شرح سبب حاجة إعادة التأهيل وإعادة الإدماج إلى التعاون بين المستويين الوطني والمحلي.",
                    "تحديد ما يمكن أن تقدّمه البلدية إلى جانب السلطات الوطنية.",
                    "التخطيط للاستدامة وتكييف النهج مع سياق المدينة.",
                ],
            },
            "en": {
                "title": "Rehabilitation and reintegration with national partners",
                "objectives": [
                    "Explain why rehabilitation and reintegration require national–local cooperation.",
                    "Identify what a municipality can contribute alongside national authorities.",
                    "Plan for sustainability and adapt the approach to the city's context.",
                ],
            },
            "fr": {
                "title": "Réhabilitation et réintégration avec les partenaires nationaux",
                "objectives": [
                    "Expliquer pourquoi la réhabilitation et la réintégration exigent une coopération entre les niveaux national et local.",
                    "Identifier ce qu'une municipalité peut apporter aux côtés des autorités nationales.",
                    "Anticiper la pérennité et adapter la démarche au contexte de la ville.",
                ],
            },
            "lessons": [
                {
                    "slug": "national-local-cooperation-for-returnees",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "العائدون والتعاون بين المستويين الوطني والمحلي",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>من بين التهديدات التي ذُكرت في ورشة الرباط: المقاتلون الإرهابيون الأجانب وعائلاتهم، ومنهم مَن يقيمون في مخيمات شمال شرق سوريا. وحين يعود هؤلاء، أو حين يخرج شباب من الاحتجاز، فإن أول مكان يعودون إليه هو حيّ سكني: شوارع البلدية ومدارسها وخدماتها.</p><p>لذلك حدّد المشاركون حاجة بعينها: <strong>آليات للتعاون بين المستويين الوطني والمحلي من أجل إعادة تأهيل العائدين وإعادة إدماجهم</strong>. فالتقييمات الأمنية والملاحقة القضائية والوضع القانوني من اختصاص الدولة، لكن نجاح إعادة الإدماج أو فشلها يتحدّد محلياً: في السكن، وتعليم الأطفال، والرعاية الصحية والدعم النفسي والاجتماعي، والعمل، وطريقة تعامل الجيران.</p>",
                            },
                            {"type": "heading", "value": "ما الذي تقدّمه البلدية؟"},
                            {
                                "type": "rich_text",
                                "value": "<ul><li><strong>الخدمات:</strong> المساعدة في إجراءات الحالة المدنية، والتسجيل المدرسي، والحصول على الرعاية الصحية والدعم الاجتماعي، وغالباً ما يتم ذلك عبر المكاتب البلدية أو المحلية.</li><li><strong>سبل العيش:</strong> الربط بالتكوين المهني وأصحاب العمل المحليين وبرامج التشغيل البلدية.</li><li><strong>القبول المجتمعي:</strong> العمل مع الأسر والقيادات المجتمعية والجمعيات للحدّ من الوصم ومنع الأعمال الانتقامية.</li><li><strong>المعرفة المحلية:</strong> التنبيه المبكر إلى التوترات في الحي عبر قنوات متفق عليها مسبقاً.</li></ul><p>لا ينجح أيّ من ذلك من دون اتفاقات واضحة مع السلطات الوطنية: مَن يقود، وما المعلومات التي يمكن تبادلها، وكيف تُبلَّغ البلدية قبل عودة أيّ شخص. وتعرض مذكرة الممارسات الجيدة الصادرة عن المنتدى العالمي لمكافحة الإرهاب (GCTF) بشأن التعاون بين المستويين الوطني والمحلي في منع التطرف العنيف ومكافحته (2020) ثلاث عشرة ممارسة جيدة، فيما تنظّم مجموعة أدوات التعاون الوطني-المحلي (2023) توجيهاتها في ست ركائز، مع أكثر من 60 دراسة حالة وقائمة مرجعية للتنفيذ، وهي متاحة أيضاً باللغتين العربية والفرنسية.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "iraq-local-prevention-subcommittees",
                                    "note": "يقدّم العراق نموذجاً لتنظيم التعاون بين المستويين الوطني والمحلي: لجان فرعية في المحافظات تنفّذ الاستراتيجية الوطنية لمكافحة التطرف العنيف، مع بند مخصّص في ميزانية 2023 وتقارير فصلية تُرفع إلى اللجنة الوطنية. وقد بدأت سبع لجان على الأقل عملها في مارس/آذار 2023 (بحسب ما عُرض في ورشة الرباط).",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "تختلف إعادة الإدماج باختلاف وضع مدينتك.",
                                    "stable": "<p>أدمج إعادة الإدماج في الخدمات القائمة بدلاً من إنشاء برنامج منفصل يلفت الأنظار. هيّئ المدارس والأخصائيين الاجتماعيين وأصحاب العمل، واتفق مسبقاً مع السلطات الوطنية على بروتوكول لتبادل المعلومات.</p>",
                                    "fragile": "<p>تتقدّم الاعتبارات الأمنية على غيرها، وتتولى الجهات الوطنية القيادة. ركّز على ما يمكنك تقديمه بأمان، كالخدمات الأساسية للأسر والأطفال، واحرص على ألّا يُنظر إلى موظفي البلدية وشركائها على أنهم منحازون إلى طرف دون آخر.</p>",
                                    "post_conflict": "<p>قد تكون المجتمعات التي يعود إليها هؤلاء قد عانت من الجماعات نفسها. لذا اقرن إعادة الإدماج بدعم الضحايا وبجهود مصالحة أوسع، حتى لا يُنظر إلى مساعدة العائدين على أنها غير منصفة.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "gctf-nlc",
                                    "chapter": "مجموعة أدوات التعاون الوطني-المحلي (2023): الركائز الست وقائمة التنفيذ",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "لو عادت أسرة إلى مدينتك الشهر المقبل، فأيّ جهة وطنية ستُبلغك بذلك؟ وأيّ المصالح البلدية سيتعيّن عليها التحرك؟ دوّن ثغرة واحدة في هذه السلسلة وخطوة واحدة يمكنك اتخاذها لسدّها.",
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Returnees and national–local cooperation",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Among the threats named at the Rabat workshop were foreign terrorist fighters and their families, including those in camps in north-east Syria. When people return, or when young people leave detention, the first place they come back to is a neighbourhood: a municipality's streets, schools and services.</p><p>Participants therefore named a specific need: <strong>national–local cooperation (NLC) mechanisms for the rehabilitation and reintegration of returnees</strong>. Security assessments, prosecution and legal status are national matters. But reintegration succeeds or fails locally: in housing, children's schooling, health and psychosocial care, work, and the way neighbours respond.</p>",
                            },
                            {"type": "heading", "value": "What the municipality brings"},
                            {
                                "type": "rich_text",
                                "value": "<ul><li><strong>Services:</strong> help with civil documentation, school enrolment, health care and social support, often through municipal or local offices.</li><li><strong>Livelihoods:</strong> links to vocational training, local employers and municipal work schemes.</li><li><strong>Community acceptance:</strong> work with families, community leaders and associations to reduce stigma and prevent retaliation.</li><li><strong>Local knowledge:</strong> early notice of tensions in the neighbourhood, shared through channels agreed in advance.</li></ul><p>None of this works without clear agreements with national authorities: who leads, what information can be shared, and how the municipality is told before someone returns. The GCTF <em>Good Practices Memorandum on National–Local Cooperation in P/CVE</em> (2020) sets out 13 good practices, and the <em>NLC Toolkit</em> (2023) organises its guidance into six pillars, with more than 60 case studies and an implementation checklist. The toolkit is also available in Arabic and French.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "iraq-local-prevention-subcommittees",
                                    "note": "Iraq shows one way to structure national–local cooperation: sub-committees in the governorates implement the national CVE strategy, with a 2023 budget line and quarterly reports to the national committee. At least seven committees started work in March 2023 (reported at the Rabat workshop).",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "Reintegration looks different depending on your city's situation.",
                                    "stable": "<p>Build reintegration into existing services rather than creating a separate, highly visible programme. Prepare schools, social workers and employers, and agree an information-sharing protocol with national authorities in advance.</p>",
                                    "fragile": "<p>Security concerns come first and national actors will lead. Focus on what you can safely provide, such as basic services for families and children, and make sure municipal staff and partners are not seen as taking sides.</p>",
                                    "post_conflict": "<p>The communities people return to may have suffered at the hands of the same groups. Combine reintegration with support for victims and wider reconciliation, so that help for returnees is not seen as unfair.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "gctf-nlc",
                                    "chapter": "NLC Toolkit (2023): six pillars and implementation checklist",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "If a family returned to your city next month, which national body would inform you, and which municipal departments would need to act? Write down one gap in this chain and one step you could take to close it.",
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Les personnes de retour et la coopération entre niveaux national et local",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Parmi les menaces citées à l'atelier de Rabat figuraient les combattants terroristes étrangers et leurs familles, notamment celles qui se trouvent dans des camps du nord-est de la Syrie. Quand ces personnes reviennent, ou quand des jeunes sortent de détention, c'est d'abord dans un quartier qu'elles retrouvent leur place : les rues, les écoles et les services d'une municipalité.</p><p>Les participants ont donc exprimé un besoin précis : des <strong>mécanismes de coopération entre les niveaux national et local pour la réhabilitation et la réintégration des personnes de retour</strong>. Les évaluations de sécurité, les poursuites judiciaires et le statut juridique relèvent de l'État. Mais la réintégration réussit ou échoue localement : logement, scolarisation des enfants, soins de santé et soutien psychosocial, emploi, et attitude du voisinage.</p>",
                            },
                            {"type": "heading", "value": "Ce que la municipalité apporte"},
                            {
                                "type": "rich_text",
                                "value": "<ul><li><strong>Des services :</strong> une aide pour les démarches d'état civil, l'inscription scolaire, l'accès aux soins et à l'aide sociale, souvent par l'intermédiaire de bureaux municipaux ou locaux.</li><li><strong>Des moyens de subsistance :</strong> des liens avec la formation professionnelle, les employeurs locaux et les programmes d'emploi municipaux.</li><li><strong>L'acceptation par la communauté :</strong> un travail avec les familles, les responsables communautaires et les associations pour réduire la stigmatisation et prévenir les représailles.</li><li><strong>La connaissance du terrain :</strong> un signalement précoce des tensions dans le quartier, par des canaux convenus à l'avance.</li></ul><p>Rien de tout cela ne fonctionne sans accords clairs avec les autorités nationales : qui pilote, quelles informations peuvent être partagées, et comment la municipalité est prévenue avant un retour. Le mémorandum de bonnes pratiques du GCTF (Forum mondial de lutte contre le terrorisme) sur la coopération nationale-locale en matière de prévention et de lutte contre l'extrémisme violent (2020) présente 13 bonnes pratiques, et la boîte à outils sur la coopération nationale-locale (NLC Toolkit, 2023) organise ses conseils en six piliers, avec plus de 60 études de cas et une liste de contrôle pour la mise en œuvre ; elle existe aussi en arabe et en français.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "iraq-local-prevention-subcommittees",
                                    "note": "L'Irak illustre une manière d'organiser la coopération entre niveaux national et local : des sous-comités de gouvernorat mettent en œuvre la stratégie nationale de lutte contre l'extrémisme violent, avec une ligne budgétaire en 2023 et des rapports trimestriels au comité national. Au moins sept comités ont commencé leurs travaux en mars 2023 (selon les informations présentées à l'atelier de Rabat).",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "La réintégration prend des formes différentes selon la situation de votre ville.",
                                    "stable": "<p>Intégrez la réintégration aux services existants plutôt que de créer un programme distinct et très visible. Préparez les écoles, les travailleurs sociaux et les employeurs, et convenez à l'avance d'un protocole d'échange d'informations avec les autorités nationales.</p>",
                                    "fragile": "<p>Les préoccupations de sécurité passent en premier et les acteurs nationaux pilotent. Concentrez-vous sur ce que vous pouvez fournir sans danger, comme les services de base pour les familles et les enfants, et veillez à ce que les agents municipaux et les partenaires ne soient pas perçus comme prenant parti.</p>",
                                    "post_conflict": "<p>Les communautés qui accueillent les personnes de retour ont parfois souffert des mêmes groupes. Associez la réintégration au soutien aux victimes et à une démarche de réconciliation plus large, afin que l'aide aux personnes de retour ne soit pas perçue comme injuste.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "gctf-nlc",
                                    "chapter": "Boîte à outils sur la coopération nationale-locale (2023) : six piliers et liste de contrôle pour la mise en œuvre",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Si une famille revenait dans votre ville le mois prochain, quelle institution nationale vous en informerait, et quels services municipaux devraient agir ? Notez un maillon manquant dans cette chaîne et une mesure que vous pourriez prendre pour y remédier.",
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "reintegration-through-work-and-sustainability",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "إعادة الإدماج عبر العمل: دروس من طرابلس",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>يمنح العمل الشخصَ الخارج من الاحتجاز دخلاً، وإيقاعاً يومياً منتظماً، وعلاقات جديدة، ومكانة في المجتمع. ففي <strong>طرابلس بلبنان</strong>، تعاونت البلدية ومنظمات المجتمع المدني على إعادة إدماج أحداث سبق احتجازهم من خلال فرص العمل. وقد عُرضت هذه التجربة في ورشة الرباط مع درس صريح: حين توقّف التمويل، تأثّرت استدامة المبادرة.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "لاحظ كيف توزّعت الأدوار بين البلدية والمجتمع المدني، وما الذي حدث عند انتهاء التمويل.",
                                },
                            },
                            {"type": "heading", "value": "التخطيط للمدى الطويل منذ البداية"},
                            {
                                "type": "rich_text",
                                "value": "<p>تطرح تجربة طرابلس سؤالاً تواجهه كل جهود إعادة الإدماج: ماذا يحدث بعد انتهاء المشروع؟ إليك بعض الخيارات التي ينبغي التفكير فيها منذ البداية:</p><ul><li><strong>بند في الميزانية:</strong> حتى المخصّص الصغير المتكرّر يدلّ على الالتزام. ففي العراق، حصلت اللجان الفرعية المحلية للوقاية على بند في ميزانية 2023 (بحسب ما عُرض في ورشة الرباط).</li><li><strong>الدمج لا الإلحاق:</strong> ضع العمل داخل المصالح البلدية القائمة، كالتشغيل أو الشؤون الاجتماعية أو الشباب، بدلاً من فريق مشروع منفصل.</li><li><strong>توزيع الأعباء:</strong> أشرك أصحاب العمل المحليين وغرف التجارة ومراكز التكوين المهني، حتى لا تتوقف فرص العمل على مموّل واحد.</li><li><strong>توثيق النتائج وإبرازها:</strong> يميل الشركاء والمموّلون إلى مواصلة ما يرون أنه ينجح (انظر الوحدة الرابعة).</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "عدم الإضرار",
                                    "text": "<p>احمِ خصوصية المشاركين. فأصحاب العمل والزملاء لا يحتاجون دائماً إلى معرفة ماضي الشخص؛ اتفق معه ومع الشركاء الوطنيين على ما يُكشف. وقد تساعد الدعاية للبرنامج في تمويله، لكنها قد تعرّض المشاركين أيضاً للوصم.</p>",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "اختبر فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "true_false",
                                            "prompt": "وفقاً لمثال طرابلس، استمرت إعادة الإدماج عبر العمل بسلاسة بعد انتهاء التمويل.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "إجابة خاطئة. عُرض المثال مع درس واضح: تأثّرت الاستدامة حين توقّف التمويل.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. تأثّرت الاستدامة حين توقّف التمويل، ولهذا ينبغي التخطيط للتمويل وللجهة التي ستتبنّى العمل على المدى الطويل منذ اليوم الأول.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "أيّ الخطوات التالية تحمي برنامج إعادة الإدماج بصورة أكثر مباشرة من انتهاء أحد مصادر تمويله؟",
                                            "options": [
                                                {
                                                    "text": "تسييره كمشروع منفصل بفريق خاص به",
                                                    "correct": False,
                                                    "feedback": "ليس الخيار الأفضل. فالمشاريع المنفصلة غالباً ما تكون أول ما يتوقف عند انتهاء تمويلها.",
                                                },
                                                {
                                                    "text": "دمجه في المصالح البلدية، مع بند متكرّر في الميزانية وعدة شركاء",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. تبنّي المصالح القائمة للعمل، ووجود بند في الميزانية، وتقاسم المسؤولية، كلها عوامل تجعل العمل أقل ارتهاناً لمموّل واحد.",
                                                },
                                                {
                                                    "text": "نشر قصص المشاركين على نطاق واسع لجذب مانحين جدد",
                                                    "correct": False,
                                                    "feedback": "خيار محفوف بالمخاطر. قد تساعد الشهرة في جمع الأموال، لكن كشف هوية المشاركين قد يزيد من وصمهم ويقوّض إعادة إدماجهم.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Reintegration through work: lessons from Tripoli",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Work gives someone who has left detention an income, a daily routine, new relationships and a place in the community. In <strong>Tripoli, Lebanon</strong>, the municipality and civil-society organisations have worked together to reintegrate former juvenile detainees through jobs. The example was presented at the Rabat workshop with an honest lesson: when funding ended, the initiative's sustainability suffered.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "Look at how roles were shared between the municipality and civil society, and at what happened when the funding ended.",
                                },
                            },
                            {"type": "heading", "value": "Designing for the long term"},
                            {
                                "type": "rich_text",
                                "value": "<p>The Tripoli experience raises a question every reintegration effort faces: what happens after the project? Some options to consider from the very start:</p><ul><li><strong>A line in the budget:</strong> even a small, recurring allocation signals commitment. In Iraq, local prevention sub-committees received a 2023 budget line (reported at the Rabat workshop).</li><li><strong>Embed, don't bolt on:</strong> place the work inside existing municipal services, such as employment, social affairs or youth, rather than in a stand-alone project team.</li><li><strong>Share the load:</strong> involve local employers, chambers of commerce and vocational training centres, so that jobs do not depend on a single donor.</li><li><strong>Record and show results:</strong> partners and funders are more likely to continue what they can see working (see Module 4).</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Do no harm",
                                    "text": "<p>Protect participants' privacy. Employers and colleagues do not always need to know a person's past; agree with the person, and with national partners, what is shared. Publicity about a programme can help with funding, but it can also expose participants to stigma.</p>",
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
                                            "prompt": "In the Tripoli example, reintegration through jobs carried on smoothly after the funding ended.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Incorrect. The example came with a clear lesson: sustainability suffered when the funding ended.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. Sustainability suffered when the funding ended, which is why long-term funding and ownership need planning from day one.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "Which step most directly protects a reintegration programme against the end of one funding source?",
                                            "options": [
                                                {
                                                    "text": "Running it as a separate project with its own team",
                                                    "correct": False,
                                                    "feedback": "Not the best choice. Stand-alone projects are often the first to close when their funding ends.",
                                                },
                                                {
                                                    "text": "Embedding it in municipal services, with a recurring budget line and several partners",
                                                    "correct": True,
                                                    "feedback": "Correct. Ownership by existing services, a budget line and shared responsibility make the work less dependent on a single funder.",
                                                },
                                                {
                                                    "text": "Publicising participants' stories widely to attract new donors",
                                                    "correct": False,
                                                    "feedback": "Risky. Visibility can help fundraising, but exposing participants can increase stigma and undermine their reintegration.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "La réintégration par le travail : les leçons de Tripoli",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Le travail apporte à une personne sortie de détention un revenu, un rythme quotidien, de nouvelles relations et une place dans la communauté. À <strong>Tripoli, au Liban</strong>, la municipalité et des organisations de la société civile ont uni leurs efforts pour réintégrer d'anciens mineurs détenus par l'emploi. L'exemple a été présenté à l'atelier de Rabat avec une leçon franche : lorsque le financement a pris fin, la pérennité de l'initiative en a souffert.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "Observez comment les rôles étaient répartis entre la municipalité et la société civile, et ce qui s'est passé à la fin du financement.",
                                },
                            },
                            {"type": "heading", "value": "Penser le long terme dès le départ"},
                            {
                                "type": "rich_text",
                                "value": "<p>L'expérience de Tripoli pose une question à laquelle toute démarche de réintégration est confrontée : que se passe-t-il après le projet ? Quelques options à envisager dès le début :</p><ul><li><strong>Une ligne budgétaire :</strong> même modeste, une dotation récurrente témoigne d'un engagement. En Irak, les sous-comités locaux de prévention ont bénéficié d'une ligne budgétaire en 2023 (selon les informations présentées à l'atelier de Rabat).</li><li><strong>Intégrer plutôt que juxtaposer :</strong> loger le travail au sein de services municipaux existants, comme l'emploi, les affaires sociales ou la jeunesse, plutôt que dans une équipe de projet isolée.</li><li><strong>Partager la charge :</strong> associer les employeurs locaux, les chambres de commerce et les centres de formation professionnelle, pour que les emplois ne dépendent pas d'un seul bailleur.</li><li><strong>Documenter et montrer les résultats :</strong> partenaires et bailleurs poursuivent plus volontiers ce dont ils constatent l'efficacité (voir le module 4).</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Ne pas nuire",
                                    "text": "<p>Protégez la vie privée des participants. Les employeurs et les collègues n'ont pas toujours besoin de connaître le passé d'une personne : convenez avec elle, et avec les partenaires nationaux, de ce qui est partagé. La publicité autour d'un programme peut aider à le financer, mais elle peut aussi exposer les participants à la stigmatisation.</p>",
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
                                            "prompt": "Dans l'exemple de Tripoli, la réintégration par l'emploi s'est poursuivie sans difficulté après la fin du financement.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Inexact. L'exemple a été présenté avec une leçon claire : la pérennité a souffert à la fin du financement.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. La pérennité a souffert à la fin du financement ; c'est pourquoi le financement à long terme et l'appropriation doivent se préparer dès le premier jour.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "Quelle mesure protège le plus directement un programme de réintégration contre la fin d'une source de financement ?",
                                            "options": [
                                                {
                                                    "text": "Le gérer comme un projet distinct, avec sa propre équipe",
                                                    "correct": False,
                                                    "feedback": "Ce n'est pas le meilleur choix. Les projets isolés sont souvent les premiers à s'arrêter quand leur financement prend fin.",
                                                },
                                                {
                                                    "text": "L'intégrer aux services municipaux, avec une ligne budgétaire récurrente et plusieurs partenaires",
                                                    "correct": True,
                                                    "feedback": "Exact. L'appropriation par les services existants, une ligne budgétaire et une responsabilité partagée rendent le travail moins dépendant d'un seul bailleur.",
                                                },
                                                {
                                                    "text": "Diffuser largement les témoignages des participants pour attirer de nouveaux bailleurs",
                                                    "correct": False,
                                                    "feedback": "Risqué. La visibilité peut aider à lever des fonds, mais exposer les participants peut accroître la stigmatisation et compromettre leur réintégration.",
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
        # Module 4: monitoring and evaluation
        # ------------------------------------------------------------------
        {
            "slug": "monitoring-and-evaluation",
            "estimated_minutes": 13,
            "source": {
                "guidebook": "toolkit-local-prevention-framework",
                "chapter": {
                    "ar": "المتابعة والتقييم",
                    "en": "Monitoring and evaluation",
                    "fr": "Suivi et évaluation",
                },
                "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
            },
            "ar": {
                "title": "المتابعة والتقييم",
                "objectives": [
                    "التمييز بين مؤشرات المخرجات ومؤشرات النتائج.",
                    "شرح كيف يوفّر إطار التقييم للمدينة قاعدة من الأدلة.",
                    "إعداد خطة أولى للمتابعة والتقييم.",
                ],
            },
            "en": {
                "title": "Monitoring and evaluation",
                "objectives": [
                    "Tell output indicators apart from outcome indicators.",
                    "Explain how an evaluation framework gives the city an evidence base.",
                    "Draft a first monitoring and evaluation plan.",
                ],
            },
            "fr": {
                "title": "Suivi et évaluation",
                "objectives": [
                    "Distinguer les indicateurs de réalisation des indicateurs de résultat.",
                    "Expliquer comment un cadre d'évaluation donne à la ville une base de données probantes.",
                    "Rédiger un premier plan de suivi et d'évaluation.",
                ],
            },
            "lessons": [
                {
                    "slug": "outputs-and-outcomes",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "المخرجات والنتائج: قياس ما يهمّ فعلاً",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>كانت مدن المنطقة واضحة في ورشة الرباط: إنها تحتاج إلى <strong>إطار للتقييم</strong> يوفّر لها قاعدة من الأدلة. فمن دون أدلة، يصعب الدفاع عن ميزانية الوقاية، أو إقناع الشركاء، أو معرفة الأنشطة التي تستحق الاستمرار.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "يُطلب منّا أن نُظهر النتائج، لكن ليست لدينا طريقة مشتركة لقياسها. نحتاج إلى إطار للتقييم يمنحنا الأدلة.",
                                    "speaker": "مشاركون بلديون من المنطقة",
                                    "role": "خلاصة آراء طُرحت في ورشة الرباط، مارس/آذار 2023 (بتصرّف)",
                                },
                            },
                            {"type": "heading", "value": "نوعان من المؤشرات"},
                            {
                                "type": "rich_text",
                                "value": "<p>تميّز مجموعة أدوات شبكة المدن القوية الخاصة بالإطار المحلي للوقاية بين نوعين من المؤشرات.</p><p><strong>مؤشرات المخرجات</strong> تقيس ما قمتَ به: الأنشطة المنفّذة والأشخاص الذين وصلتَ إليهم. ومن أمثلتها: عدد الدورات التدريبية المنظّمة لموظفي البلدية، أو عدد الشباب الذين شاركوا في مجلس للشباب، أو عدد اجتماعات فريق الوقاية في المدينة.</p><p><strong>مؤشرات النتائج</strong> تقيس ما تغيّر بفضل تلك الأنشطة: في المعارف، أو المواقف، أو السلوك، أو العلاقات، أو الظروف. ومن أمثلتها: ثقة الشباب بالبلدية، مقيسةً باستطلاع للتصورات قبل التدخل وبعده؛ أو نسبة الشباب المُحالين الذين ما زالوا في التدريب أو العمل بعد ستة أشهر؛ أو تقييم الشركاء أنفسهم لجودة التنسيق بينهم.</p><p>المخرجات أسهل عدّاً، وتحتاج إليها لإدارة العمل. لكن تقريراً مليئاً بالمخرجات لا يبيّن ما إذا كانت المدينة قد أصبحت أكثر قدرة على الصمود. اختر بضعة مؤشرات من كل نوع، واربط كل مؤشر للنتائج بأحد أهداف إطارك.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "كن واقعياً",
                                    "text": "<p>تهدف الوقاية إلى منع أمر ما من الحدوث، وهذا يصعب إثباته. لا تَعِد بقياس غياب التطرف العنيف، بل قِس التغييرات التي يمكن أن تنسبها بشكل معقول إلى عملك، وكن صريحاً بشأن حدود ذلك.</p>",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "اختبر فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "أيّ مما يلي مؤشر للنتائج؟",
                                            "options": [
                                                {
                                                    "text": "عدد الورش المنظّمة مع الشباب",
                                                    "correct": False,
                                                    "feedback": "هذا مؤشر للمخرجات: يعدّ نشاطاً منفّذاً، لا تغييراً.",
                                                },
                                                {
                                                    "text": "تغيّر ثقة الشباب بالبلدية بين استطلاعين للتصورات",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. يقيس هذا المؤشر تغيّراً في المواقف كان العمل يهدف إلى تحقيقه.",
                                                },
                                                {
                                                    "text": "عدد المطويات الموزّعة",
                                                    "correct": False,
                                                    "feedback": "هذا مؤشر للمخرجات. يخبرك بما أُنتج، لا بما إذا كانت الآراء أو السلوكيات قد تغيّرت.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "أيّ مما يلي مؤشرات للمخرجات؟",
                                            "options": [
                                                {
                                                    "text": "عدد اجتماعات فريق الوقاية في المدينة خلال السنة",
                                                    "correct": True,
                                                    "feedback": "نعم. إنه يعدّ نشاطاً.",
                                                },
                                                {
                                                    "text": "عدد موظفي البلدية الذين تلقّوا التدريب",
                                                    "correct": True,
                                                    "feedback": "نعم. إنه يعدّ الأشخاص الذين وصل إليهم النشاط.",
                                                },
                                                {
                                                    "text": "نسبة الموظفين المدرَّبين الذين يقولون إنهم يطبّقون ما تعلّموه بعد ستة أشهر",
                                                    "correct": False,
                                                    "feedback": "لا. يقيس هذا المؤشر تغيّراً في الممارسة، فهو إذن مؤشر للنتائج.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "التقرير الذي يقتصر على عرض المخرجات كافٍ لإثبات أن المدينة أصبحت أكثر قدرة على الصمود.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "إجابة خاطئة. تُظهر المخرجات أن العمل قد أُنجز، لا أن شيئاً قد تغيّر. تحتاج أيضاً إلى مؤشرات للنتائج.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. المخرجات ضرورية لإدارة العمل، لكن الدليل على التغيير يأتي من مؤشرات النتائج.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Outputs and outcomes: measuring what matters",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Cities in the region were clear at the Rabat workshop: they need an <strong>evaluation framework</strong> that gives them an evidence base. Without evidence, it is hard to defend a prevention budget, convince partners, or know which activities are worth keeping.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "We are asked to show results, but we have no shared way of measuring them. We need an evaluation framework that gives us evidence.",
                                    "speaker": "Municipal participants from the region",
                                    "role": "Composite of views reported at the Rabat workshop, March 2023 (paraphrased)",
                                },
                            },
                            {"type": "heading", "value": "Two kinds of indicators"},
                            {
                                "type": "rich_text",
                                "value": "<p>The Strong Cities toolkit on local prevention frameworks distinguishes two kinds of indicators.</p><p><strong>Output indicators</strong> measure what you did: the activities delivered and the people reached. For example: the number of training sessions held for municipal staff, the number of young people who took part in a youth council, or the number of City Prevention Team meetings held.</p><p><strong>Outcome indicators</strong> measure what changed as a result: in knowledge, attitudes, behaviour, relationships or conditions. For example: young people's trust in the municipality, measured by a perception survey before and after; the share of referred young people still in training or work six months later; or partners' own assessment of how well they coordinate.</p><p>Outputs are easier to count, and you need them to manage the work. But a report full of outputs does not show whether the city has become more resilient. Aim for a few of each, and link every outcome indicator to one of your framework's objectives.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Keep it realistic",
                                    "text": "<p>Prevention aims to stop something from happening, which is hard to prove. Do not promise to measure the absence of violent extremism. Measure the changes you can reasonably attribute to your work, and be honest about the limits.</p>",
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
                                            "prompt": "Which of these is an outcome indicator?",
                                            "options": [
                                                {
                                                    "text": "Number of workshops held with young people",
                                                    "correct": False,
                                                    "feedback": "This is an output: it counts an activity delivered, not a change.",
                                                },
                                                {
                                                    "text": "Change in young people's trust in the municipality between two perception surveys",
                                                    "correct": True,
                                                    "feedback": "Correct. It measures a change in attitudes that the work set out to achieve.",
                                                },
                                                {
                                                    "text": "Number of leaflets distributed",
                                                    "correct": False,
                                                    "feedback": "This is an output. It tells you what was produced, not whether anyone's views or behaviour changed.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which of these are output indicators?",
                                            "options": [
                                                {
                                                    "text": "Number of City Prevention Team meetings held during the year",
                                                    "correct": True,
                                                    "feedback": "Yes. It counts an activity.",
                                                },
                                                {
                                                    "text": "Number of municipal staff trained",
                                                    "correct": True,
                                                    "feedback": "Yes. It counts the people an activity reached.",
                                                },
                                                {
                                                    "text": "Share of trained staff who say they are using what they learned six months later",
                                                    "correct": False,
                                                    "feedback": "No. This measures a change in practice, so it is an outcome indicator.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "A report that lists only outputs is enough to show that a city has become more resilient.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Incorrect. Outputs show that the work was done, not that anything changed. You need outcome indicators too.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. Outputs are needed to manage the work, but evidence of change comes from outcome indicators.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Réalisations et résultats : mesurer ce qui compte",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Les villes de la région l'ont dit clairement à l'atelier de Rabat : elles ont besoin d'un <strong>cadre d'évaluation</strong> qui leur fournisse une base de données probantes. Sans preuves, il est difficile de défendre un budget de prévention, de convaincre des partenaires ou de savoir quelles activités méritent d'être poursuivies.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "On nous demande de montrer des résultats, mais nous n'avons pas de méthode commune pour les mesurer. Il nous faut un cadre d'évaluation qui nous apporte des preuves.",
                                    "speaker": "Des participants municipaux de la région",
                                    "role": "Synthèse de points de vue exprimés à l'atelier de Rabat, mars 2023 (paraphrase)",
                                },
                            },
                            {"type": "heading", "value": "Deux types d'indicateurs"},
                            {
                                "type": "rich_text",
                                "value": "<p>La boîte à outils du Strong Cities Network sur les cadres locaux de prévention distingue deux types d'indicateurs.</p><p>Les <strong>indicateurs de réalisation</strong> mesurent ce que vous avez fait : les activités menées et les personnes touchées. Par exemple : le nombre de sessions de formation organisées pour les agents municipaux, le nombre de jeunes ayant participé à un conseil de jeunes, ou le nombre de réunions de l'équipe municipale de prévention.</p><p>Les <strong>indicateurs de résultat</strong> mesurent ce qui a changé grâce à ces activités : connaissances, attitudes, comportements, relations ou conditions de vie. Par exemple : la confiance des jeunes envers la municipalité, mesurée par une enquête de perception avant et après ; la part des jeunes orientés qui sont toujours en formation ou en emploi six mois plus tard ; ou l'appréciation que les partenaires portent eux-mêmes sur la qualité de leur coordination.</p><p>Les réalisations sont plus faciles à compter, et vous en avez besoin pour piloter le travail. Mais un rapport rempli de réalisations ne montre pas si la ville est devenue plus résiliente. Prévoyez quelques indicateurs de chaque type, et reliez chaque indicateur de résultat à l'un des objectifs de votre cadre.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Rester réaliste",
                                    "text": "<p>La prévention vise à empêcher qu'une chose se produise, ce qui est difficile à prouver. Ne promettez pas de mesurer l'absence d'extrémisme violent. Mesurez les changements que vous pouvez raisonnablement attribuer à votre travail, et soyez honnête sur les limites de l'exercice.</p>",
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
                                            "prompt": "Lequel de ces indicateurs est un indicateur de résultat ?",
                                            "options": [
                                                {
                                                    "text": "Nombre d'ateliers organisés avec des jeunes",
                                                    "correct": False,
                                                    "feedback": "C'est un indicateur de réalisation : il compte une activité menée, pas un changement.",
                                                },
                                                {
                                                    "text": "Évolution de la confiance des jeunes envers la municipalité entre deux enquêtes de perception",
                                                    "correct": True,
                                                    "feedback": "Exact. Il mesure un changement d'attitude que le travail visait à produire.",
                                                },
                                                {
                                                    "text": "Nombre de dépliants distribués",
                                                    "correct": False,
                                                    "feedback": "C'est un indicateur de réalisation. Il dit ce qui a été produit, pas si les opinions ou les comportements ont changé.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Lesquels de ces indicateurs sont des indicateurs de réalisation ?",
                                            "options": [
                                                {
                                                    "text": "Nombre de réunions de l'équipe municipale de prévention tenues dans l'année",
                                                    "correct": True,
                                                    "feedback": "Oui. Il compte une activité.",
                                                },
                                                {
                                                    "text": "Nombre d'agents municipaux formés",
                                                    "correct": True,
                                                    "feedback": "Oui. Il compte les personnes touchées par une activité.",
                                                },
                                                {
                                                    "text": "Part des agents formés qui déclarent appliquer ce qu'ils ont appris six mois plus tard",
                                                    "correct": False,
                                                    "feedback": "Non. Il mesure un changement de pratique : c'est donc un indicateur de résultat.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Un rapport qui ne présente que des réalisations suffit à montrer qu'une ville est devenue plus résiliente.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Inexact. Les réalisations montrent que le travail a été fait, pas que quelque chose a changé. Il faut aussi des indicateurs de résultat.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Les réalisations sont nécessaires pour piloter le travail, mais la preuve du changement vient des indicateurs de résultat.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "a-first-me-plan",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "خطتك الأولى للمتابعة والتقييم",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>لا يلزم أن تكون خطة المتابعة والتقييم طويلة أو تقنية. ففي نسختها الأولى تكفي صفحة أو صفحتان إذا أجابتا عن الأسئلة الأساسية: ماذا سنقيس؟ وكيف؟ ومَن سيتولى ذلك؟ ومتى؟ وماذا سنفعل بالنتائج؟</p>",
                            },
                            {"type": "heading", "value": "خمس خطوات"},
                            {
                                "type": "rich_text",
                                "value": "<ol><li><strong>انطلق من أهدافك.</strong> خذ كل هدف من أهداف إطارك المحلي للوقاية واسأل: ما الذي سيدلّنا على أنه يتحقق؟</li><li><strong>اختر عدداً قليلاً من المؤشرات.</strong> لكل هدف، اختر مؤشراً أو اثنين للمخرجات ومؤشراً واحداً على الأقل للنتائج. فبضعة مؤشرات تُقاس جيداً أفضل من قائمة طويلة لا يحدّثها أحد.</li><li><strong>حدّد خط الأساس.</strong> استخدم تقييم الاحتياجات (الوحدة الأولى) نقطةَ انطلاق، لتتمكّن لاحقاً من مقارنة النتائج به.</li><li><strong>وزّع مهام جمع البيانات.</strong> حدّد لكل مؤشر مَن يجمع بياناته، ومن أيّ مصدر، وبأيّ وتيرة، واجعل هذه الوتيرة متوافقة مع الاجتماعات الفصلية لفريق الوقاية في المدينة.</li><li><strong>استفد من النتائج.</strong> راجع البيانات في كل اجتماع، وأطلِع أصحاب القرار والشركاء عليها، وعدّل الأنشطة التي لا تحقق المطلوب.</li></ol>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "إيقاع للتقارير من المنطقة",
                                    "text": "<p>في العراق، ترفع اللجان الفرعية في المحافظات، المكلّفة بتنفيذ الاستراتيجية الوطنية لمكافحة التطرف العنيف، تقارير فصلية إلى اللجنة الوطنية (بحسب ما عُرض في ورشة الرباط). ومثل هذا الخط المنتظم للتقارير يحوّل المتابعة إلى عمل روتيني، ويوصل الأدلة المحلية إلى صنّاع القرار على المستوى الوطني.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "المتابعة والتقييم",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "أهم الخلاصات",
                                    "items": [
                                        "اجعل الخطة الأولى مختصرة: الأهداف، والمؤشرات، وخط الأساس، والمسؤوليات، والجدول الزمني.",
                                        "اربط كل مؤشر للنتائج بهدف من أهداف إطارك.",
                                        "استخدم تقييم الاحتياجات خطَّ أساس.",
                                        "راجع النتائج في الاجتماع الفصلي لفريق الوقاية في المدينة، وتصرّف بناءً عليها.",
                                    ],
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "قائمة التحقق: خطتك الأولى للمتابعة والتقييم",
                                    "items": [
                                        "لكل هدف من أهداف الإطار مؤشر واحد على الأقل للنتائج.",
                                        "تغطي مؤشرات المخرجات الأنشطة الرئيسية والأشخاص الذين وصل إليهم العمل.",
                                        "سُجّلت قيمة أساس لكل مؤشر، مستمدّة من تقييم الاحتياجات.",
                                        "لكل مؤشر شخص مسؤول محدّد، ومصدر للبيانات، ووتيرة للقياس.",
                                        "تُقلَّص البيانات الشخصية إلى الحد الأدنى، وتُحفظ بأمان، ولا تُعرض إلا بصورة مجمّعة.",
                                        "النتائج بند ثابت على جدول أعمال كل اجتماع فصلي لفريق الوقاية في المدينة.",
                                        "حُدّد موعد لمراجعة أولى للخطة نفسها.",
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Your first monitoring and evaluation plan",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>A monitoring and evaluation (M&amp;E) plan does not need to be long or technical. For a first version, one or two pages are enough if they answer the basic questions: what will we measure, how, who will do it, when, and what will we do with the results?</p>",
                            },
                            {"type": "heading", "value": "Five steps"},
                            {
                                "type": "rich_text",
                                "value": "<ol><li><strong>Start from your objectives.</strong> Take each objective in your local prevention framework and ask: what would tell us it is being achieved?</li><li><strong>Pick a few indicators.</strong> For each objective, choose one or two output indicators and at least one outcome indicator. A few well-measured indicators beat a long list that nobody updates.</li><li><strong>Set a baseline.</strong> Use your needs assessment (Module 1) as the starting point, so that later results can be compared with it.</li><li><strong>Assign data collection.</strong> For each indicator, name who collects it, from which source and how often. Align the rhythm with the City Prevention Team's quarterly meetings.</li><li><strong>Use the findings.</strong> Review the data at each meeting, report to decision-makers and partners, and adjust the activities that are not working.</li></ol>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "A reporting rhythm from the region",
                                    "text": "<p>In Iraq, the governorate sub-committees that implement the national CVE strategy report quarterly to the national committee (reported at the Rabat workshop). A regular reporting line like this turns monitoring into routine work and carries local evidence up to national decision-makers.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "Monitoring and evaluation",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "Key takeaways",
                                    "items": [
                                        "Keep the first plan short: objectives, indicators, baseline, responsibilities, timing.",
                                        "Link every outcome indicator to one of your framework's objectives.",
                                        "Use the needs assessment as your baseline.",
                                        "Review results at the quarterly City Prevention Team meeting, and act on them.",
                                    ],
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Checklist: your first M&E plan",
                                    "items": [
                                        "Each framework objective has at least one outcome indicator.",
                                        "Output indicators cover the main activities and the people reached.",
                                        "A baseline value, drawn from the needs assessment, is recorded for each indicator.",
                                        "Each indicator has a named person responsible, a data source and a frequency.",
                                        "Personal data is kept to a minimum, stored securely and reported only in aggregate.",
                                        "Results are a standing item on the agenda of every quarterly City Prevention Team meeting.",
                                        "There is a date for a first review of the plan itself.",
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Votre premier plan de suivi et d'évaluation",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Un plan de suivi et d'évaluation (S&amp;E) n'a pas besoin d'être long ni technique. Pour une première version, une ou deux pages suffisent si elles répondent aux questions de base : que mesurerons-nous, comment, qui s'en charge, quand, et que ferons-nous des résultats ?</p>",
                            },
                            {"type": "heading", "value": "Cinq étapes"},
                            {
                                "type": "rich_text",
                                "value": "<ol><li><strong>Partir de vos objectifs.</strong> Pour chaque objectif de votre cadre local de prévention, demandez-vous : qu'est-ce qui nous montrerait qu'il est en voie d'être atteint ?</li><li><strong>Choisir peu d'indicateurs.</strong> Pour chaque objectif, retenez un ou deux indicateurs de réalisation et au moins un indicateur de résultat. Mieux vaut quelques indicateurs bien renseignés qu'une longue liste que personne ne met à jour.</li><li><strong>Établir une situation de référence.</strong> Servez-vous de votre évaluation des besoins (module 1) comme point de départ, afin de pouvoir y comparer les résultats ultérieurs.</li><li><strong>Répartir la collecte des données.</strong> Pour chaque indicateur, désignez qui le renseigne, à partir de quelle source et à quelle fréquence. Calez ce rythme sur les réunions trimestrielles de l'équipe municipale de prévention.</li><li><strong>Exploiter les constats.</strong> Examinez les données à chaque réunion, rendez compte aux décideurs et aux partenaires, et ajustez les activités qui ne donnent pas les effets attendus.</li></ol>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "Un rythme de compte rendu dans la région",
                                    "text": "<p>En Irak, les sous-comités de gouvernorat chargés de mettre en œuvre la stratégie nationale de lutte contre l'extrémisme violent rendent compte chaque trimestre au comité national (selon les informations présentées à l'atelier de Rabat). Une ligne de compte rendu régulière de ce type fait du suivi une tâche de routine et fait remonter les données locales jusqu'aux décideurs nationaux.</p>",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "Suivi et évaluation",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "À retenir",
                                    "items": [
                                        "Un premier plan reste court : objectifs, indicateurs, situation de référence, responsabilités, calendrier.",
                                        "Chaque indicateur de résultat est relié à l'un des objectifs de votre cadre.",
                                        "L'évaluation des besoins sert de situation de référence.",
                                        "Les résultats sont examinés à chaque réunion trimestrielle de l'équipe municipale de prévention, et ils donnent lieu à des décisions.",
                                    ],
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Liste de contrôle : votre premier plan de S&E",
                                    "items": [
                                        "Chaque objectif du cadre a au moins un indicateur de résultat.",
                                        "Les indicateurs de réalisation couvrent les principales activités et les personnes touchées.",
                                        "Une valeur de référence, tirée de l'évaluation des besoins, est consignée pour chaque indicateur.",
                                        "Chaque indicateur a un responsable désigné, une source de données et une fréquence.",
                                        "Les données personnelles sont limitées au strict nécessaire, stockées en sécurité et présentées uniquement de façon agrégée.",
                                        "Les résultats figurent à l'ordre du jour de chaque réunion trimestrielle de l'équipe municipale de prévention.",
                                        "Une date est fixée pour une première révision du plan lui-même.",
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
}
