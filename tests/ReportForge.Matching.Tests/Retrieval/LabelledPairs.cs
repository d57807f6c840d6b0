namespace ReportForge.Matching.Tests.Retrieval;

/// <summary>
/// (ask, State recommendation) pairs labelled by reading both texts: is this earlier recommendation on the issue the
/// stakeholder raises, so that the State that made it is worth meeting about the ask? Asks are those the parser
/// finds in the Slovenia 2014 and 2019 summaries, named by paragraph and a phrase of their text, so that a parser
/// that finds more asks (and numbers them differently) keeps the labels; recommendations are named by dataset
/// ("csv" = the UPR Info export, "2014"/"2019" = the OHCHR thematic lists), id (the export's row, the list's
/// paragraph number) and a phrase of their text.
/// </summary>
internal static class LabelledPairs
{
    public sealed record Pair(
        string Summary, int Paragraph, string AskPhrase, string Dataset, string Recommendation, string RecommendationPhrase, bool Relevant);

    public static readonly IReadOnlyList<Pair> All =
    [
        // 2014 ¶ 1: Broaden the mandate and powers of the institutions tasked with guaranteeing the principle of equality and non-…
        .. Ask("2014", 1, "impose legally binding measures",
            yes:
            [
                ("csv row 140", "institutions tasked with guaranteeing"),
                ("csv row 149", "equality bodies and increase"), ("2014 115.31", "equality bodies and increase"),
                ("2019 122.17", "operational and effective functioning"),
            ],
            no:
            [
                ("csv row 287", "non-violation of migrants' rights"), ("csv row 278", "legal and fair treatment"),
                ("csv row 157", "Ombudsperson with the Paris"), ("2019 122.153", "fully respect the principle"),
                ("2014 115.163", "non-violation of migrants’ rights"), ("csv row 171", "public and private actors"),
                ("csv row 150", "towards strengthening the mandate"),
                ("csv row 154", "out investigations into allegations"),
            ]),
        // 2014 ¶ 10: address discrimination by public and private actors as a matter of priority; provide effective remedies to v…
        .. Ask("2014", 10, "recommendations on collecting data",
            yes:
            [
                ("2014 115.44", "sectors as a matter"), ("2014 115.51", "public and private actors"),
                ("2014 115.52", "there are effective remedies"), ("2014 115.47", "victims’ access to remedies"),
                ("csv row 167", "victims' access to remedies"),
                ("2014 115.53", "raising awareness of discrimination-related"),
                ("2014 115.69", "up efforts to combat"), ("csv row 171", "public and private actors"),
                ("csv row 172", "there are effective remedies"),
            ],
            no:
            [
                ("2019 122.81", "monitoring and data collection"),
                ("2019 121.44", "prevent discrimination against Roma"),
            ]),
        // 2014 ¶ 11: Slovenia on a number of issues for immediate action, inter alia, to intensify measures to ensure that effectiv…
        .. Ask("2014", 11, "immediate action, inter alia",
            yes:
            [
                ("csv row 172", "there are effective remedies"), ("csv row 167", "victims' access to remedies"),
                ("2019 121.8", "raising awareness in society"),
                ("csv row 173", "raising awareness of discrimination-related"),
                ("2019 122.32", "activities to raise awareness"),
                ("2014 115.85", "raise awareness in society of the need"),
            ],
            no:
            [
                ("csv row 251", "effectiveness of its Inter-Ministerial"),
                ("csv row 25", "capacities of the inter-ministerial"),
            ]),
        // 2014 ¶ 11: Make further efforts to combat all forms of intolerance and hate speech targeting persons belonging to minorit…
        .. Ask("2014", 11, "speech targeting persons belonging",
            yes:
            [
                ("csv row 196", "speech against persons belonging"), ("csv row 166", "criminalization of all acts"),
                ("2019 122.39", "against minorities and foreigners"),
                ("2019 121.9", "governmental efforts to combat"), ("csv row 205", "activities to raise awareness"),
                ("2019 121.10", "efforts in raising public"), ("2019 121.8", "raising awareness in society"),
                ("2019 122.34", "hate speech and racism"), ("2019 122.32", "activities to raise awareness"),
                ("2019 122.37", "punish racial crimes, racist"),
                ("2014 115.85", "intolerance and hate speech against minorities"),
            ],
            no: []),
        // 2014 ¶ 14: In 2012 to promote an inclusive interpretation of the new Act Regulating the Legal Status of citizens of Forme…
        .. Ask("2014", 14, "view to giving retroactive",
            yes:
            [
                ("csv row 76", "former Yugoslavia permanently residing"),
                ("csv row 219", "permanent residency and citizenship"),
                ("csv row 285", "other former Yugoslavian republics"),
                ("csv row 216", "Immediately restitute permanent residence"),
                ("2019 121.58", "Register of Permanent Residents"), ("2019 122.155", "accessible and swift way"),
            ],
            no: []),
        // 2014 ¶ 17: Immediately enforce the automatic return of appropriate legal status to all “erased” without additional condit…
        .. Ask("2014", 17, "administrative fees; officially recognize",
            yes:
            [
                ("csv row 216", "Immediately restitute permanent residence"),
                ("2014 115.96", "Immediately restitute permanent residence"),
                ("csv row 220", "amounts and criteria established"),
                ("2014 115.100", "amounts and criteria established"), ("2014 115.66", "based on ethnic origin"),
                ("csv row 10", "persons to Slovenian citizenship"), ("csv row 186", "based on ethnic origin"),
            ],
            no:
            [
                ("2019 122.15", "national human rights institution"), ("2019 122.151", "not held in detention"),
                ("2014 115.31", "equality bodies and increase"),
                ("2019 122.11", "Enforced Disappearances to receive"),
                ("csv row 280", "grounds for recognizing national"), ("2019 121.4", "promotion to the highest"),
                ("csv row 30", "treaty bodies and special"), ("2014 115.48", "bodies competent in matters"),
            ]),
        // 2014 ¶ 18: Authorities to take all relevant measures in order to facilitate and make possible the acquisition these perso…
        .. Ask("2014", 18, "possible the acquisition these",
            yes:
            [
                ("csv row 10", "persons to Slovenian citizenship"),
                ("csv row 219", "permanent residency and citizenship"),
                ("csv row 220", "amounts and criteria established"),
            ],
            no: []),
        // 2014 ¶ 19: No more force than is strictly necessary should be used when effecting an apprehension.
        .. Ask("2014", 19, "when effecting an apprehension",
            yes: [],
            no:
            [
                ("csv row 262", "protection against forced evictions"), ("csv row 238", "prevent the forced labour"),
                ("2019 121.3", "Protocol to the Forced"),
            ]),
        // 2014 ¶ 20: Slovenian authorities take the necessary steps to ensure that, in practice, all detained persons effectively b…
        .. Ask("2014", 20, "detained persons effectively benefit",
            yes:
            [
                ("2019 122.75", "deprivation of liberty, if"),
            ],
            no: []),
        // 2014 ¶ 23: Steps be taken so that doctors working in prison establishments draw a conclusion as to the consistency betwee…
        .. Ask("2014", 23, "establishments draw a conclusion",
            yes: [],
            no:
            [
                ("csv row 92", "ill treatment by law"),
            ]),
        // 2014 ¶ 23: Reports relating to injuries consistent with possible ill-treatment (even in the absence of allegations) shoul…
        .. Ask("2014", 23, "should be automatically forwarded",
            yes:
            [
                ("csv row 154", "out investigations into allegations"),
            ],
            no:
            [
                ("csv row 92", "ill treatment by law"), ("2019 122.71", "ill-treatment and investigate such"),
            ]),
        // 2014 ¶ 31: Slovenian authorities to invest in the human and financial resources of the secretariat of the Working Group a…
        .. Ask("2014", 31, "Co-ordinator dealing with trafficking",
            yes:
            [
                ("csv row 249", "range of tasks within"),
            ],
            no:
            [
                ("csv row 149", "equality bodies and increase"),
                ("csv row 245", "directed towards combating trafficking"),
            ]),
        // 2014 ¶ 31: Slovenian authorities to introduce a periodic independent evaluation of the Action Plan for 2012-2013 and to c…
        .. Ask("2014", 31, "monitoring the anti-trafficking activities",
            yes:
            [
                ("2019 122.81", "monitoring and data collection"),
            ],
            no:
            [
                ("2019 122.136", "independent evaluation in accordance"),
                ("2019 122.16", "establishing a national institution"),
                ("2019 122.128", "promote an environment inclusive"),
            ]),
        // 2014 ¶ 33: Authorities to ensure that access to assistance for victims of trafficking is not made conditional on their co…
        .. Ask("2014", 33, "conditional on their co-operation",
            yes:
            [
                ("2019 122.86", "assistance regardless of whether"), ("2019 121.24", "trafficking will be provided"),
            ],
            no:
            [
                ("2019 121.21", "aimed at combating human"),
            ]),
        // 2014 ¶ 34: Slovenian authorities to facilitate and guarantee access to compensation for victims of trafficking including…
        .. Ask("2014", 34, "Crime Victim Compensation Act",
            yes:
            [
                ("csv row 243", "compensate and rehabilitate victims"),
            ],
            no:
            [
                ("csv row 167", "victims' access to remedies"), ("csv row 189", "up efforts to combat"),
                ("2019 121.21", "aimed at combating human"), ("csv row 10", "persons to Slovenian citizenship"),
            ]),
        // 2014 ¶ 36: Slovenian authorities to continue exploring further possibilities for strengthening international co-operation…
        .. Ask("2014", 36, "continue exploring further possibilities",
            yes:
            [
                ("2019 122.83", "crimes with proper redress"),
                ("2019 121.19", "trafficking in persons, particularly"),
                ("2019 121.24", "trafficking will be provided"), ("csv row 248", "perpetrators of these crimes"),
                ("2019 121.20", "proportionally to the gravity"),
                ("csv row 87", "Strengthen the preventive measures"),
                ("2019 122.86", "assistance regardless of whether"), ("2019 121.21", "aimed at combating human"),
                ("2019 121.17", "dedicate resources to investigate"),
            ],
            no: []),
        // 2014 ¶ 38: Authorities consider revisiting the procedure of appointment of judges to the Supreme Court, in order to minim…
        .. Ask("2014", 38, "would cover in scope",
            yes:
            [
                ("csv row 253", "professional code of conduct"),
            ],
            no: []),
        // 2014 ¶ 42: Political party financial reports provide a detailed breakdown of all donations and that detailed versions of…
        .. Ask("2014", 42, "breakdown of all donations",
            yes: [],
            no:
            [
                ("2019 122.143", "political and social life"), ("2019 121.31", "public and political life"),
            ]),
        // 2014 ¶ 45: Results disaggregated by polling station be made publicly available, and that the National Election Commission…
        .. Ask("2014", 45, "disaggregated by polling station",
            yes: [],
            no:
            [
                ("2014 115.61", "women to hold elective"), ("2014 115.147", "current practice of participatory"),
                ("2019 122.122", "groups in the elected"),
            ]),
        // 2014 ¶ 54: ensure access to water, sanitation and electricity for all Roma communities; confer security of tenure for p…
        .. Ask("2014", 54, "Dobruska vas Roma settlement",
            yes:
            [
                ("2014 115.138", "protection against forced evictions"),
                ("2014 115.82", "provide security of tenure"), ("2014 115.75", "tenure of their settlements"),
                ("2014 115.158", "strengthening their security oftenancy"),
                ("2014 115.90", "housing, water, sanitation, education"), ("csv row 263", "Rapporteur on the rights"),
                ("2019 122.139", "live in informal settlements"), ("2014 115.83", "especially in areas such"),
                ("csv row 282", "Continue increasing the allocation"),
                ("csv row 262", "protection against forced evictions"), ("csv row 202", "provide security of tenure"),
                ("csv row 195", "tenure of their settlements"), ("csv row 192", "access to running water"),
                ("2014 115.72", "Yugoslav Republic of Macedonia"), ("2019 122.138", "anti-Gypsyism is a driver"),
            ],
            no:
            [
                ("csv row 189", "up efforts to combat"), ("csv row 283", "Romani organizations and communities"),
                ("2019 121.31", "public and political life"),
            ]),
        // 2014 ¶ 58: Identifying effective ways of improving the implementation of the existing legislative framework for the prote…
        .. Ask("2014", 58, "activities aiming at preserving",
            yes:
            [
                ("csv row 34", "aimed at the promotion"), ("csv row 275", "Continue to devote great"),
                ("csv row 277", "strengthening the institutional framework"),
                ("csv row 82", "cultural rights of certain"), ("2019 122.126", "Slovenia, as previously recommended"),
                ("csv row 286", "gap that exists between"), ("2019 121.43", "availability of bilingual personnel"),
            ],
            no:
            [
                ("csv row 207", "adopting laws and policies"), ("csv row 148", "national and international levels"),
                ("csv row 141", "women's and children's rights"),
            ]),
        // 2014 ¶ 59: Slovenian authorities to define, in co-operation with the speakers, the areas where German and Croatian have b…
        .. Ask("2014", 59, "CoE-CM recommended to clarify",
            yes:
            [
                ("csv row 286", "gap that exists between"),
                ("2019 122.119", "additional provisions on minority-language"),
                ("2019 122.127", "have already been assigned"),
            ],
            no:
            [
                ("csv row 283", "Romani organizations and communities"),
            ]),
        // 2014 ¶ 61: The National Election Commission and other relevant authorities conduct a review to identify and adopt measure…
        .. Ask("2014", 61, "access for disabled voters",
            yes:
            [
                ("csv row 271", "current practice of participatory"),
                ("2014 115.147", "current practice of participatory"),
            ],
            no:
            [
                ("2019 122.113", "programmes to harmonize them"),
                ("2019 122.116", "students with disabilities, without"),
                ("csv row 272", "Continue improving the accessibility"),
                ("csv row 167", "victims' access to remedies"), ("csv row 10", "persons to Slovenian citizenship"),
                ("2019 122.114", "specific legislation and policies"),
            ]),
        // 2014 ¶ 64: Ensuring that the distinction between “autochthonous” and “non-autochthonous” Roma no longer results in practi…
        .. Ask("2014", 64, "longer results in practice",
            yes:
            [
                ("2019 122.132", "between “autochthonous” and “non-autochthonous"),
            ],
            no: []),
        // 2014 ¶ 67: As issues for immediate action, inter alia, to ensure that Roma representatives are able to take part in publi…
        .. Ask("2014", 67, "live in substantial numbers",
            yes: [],
            no:
            [
                ("csv row 85", "local level, to combat"), ("csv row 188", "number of children living"),
                ("csv row 251", "effectiveness of its Inter-Ministerial"),
                ("2014 115.96", "restitute permanent residence"),
            ]),
        // 2019 ¶ 4: Slovenia sign and ratify the United Nations Treaty on the Prohibition of Nuclear Weapons.
        .. Ask("2019", 4, "Prohibition of Nuclear Weapons",
            yes: [],
            no:
            [
                ("csv row 142", "Nations Declaration on Human"), ("csv row 163", "submitting its periodic report"),
                ("2019 122.12", "open, merit-based process when"), ("2019 122.8", "Convention on the Reduction"),
            ]),
        // 2019 ¶ 7: Slovenia to provide the Advocate with additional resources so that he could carry out his mandate effectively.
        .. Ask("2019", 7, "he could carry out",
            yes:
            [
                ("2019 122.17", "operational and effective functioning"),
            ],
            no: []),
        // 2019 ¶ 14: Slovenia intensified efforts to combat the increase of hate speech, particularly in social media, by condemnin…
        .. Ask("2019", 14, "when sentencing, racist motivation",
            yes:
            [
                ("2019 122.41", "condemning racially hostile language"),
                ("2019 122.54", "punishment of the offences"), ("2019 122.55", "racist motives, which aggravate"),
                ("2019 122.43", "social media and elsewhere"),
            ],
            no:
            [
                ("csv row 240", "specialized training for investigators"),
                ("csv row 253", "professional code of conduct"),
            ]),
        // 2019 ¶ 16: Slovenia amend its legislation to allow access to joint adoption for same-sex partners, as well as fertility t…
        .. Ask("2019", 16, "joint adoption for same-sex",
            yes:
            [
                ("csv row 26", "implement legislation recognizing equal"),
                ("csv row 41", "disparity in the treatment"), ("csv row 103", "treated equally with opposite-sex"),
                ("csv row 218", "Adopt the same-sex partnership"), ("csv row 213", "call by the Committee"),
                ("2019 122.58", "availability of specific health"), ("2019 122.59", "both same-sex parents involved"),
            ],
            no:
            [
                ("2019 122.120", "comprehensive legislation to protect"),
                ("2019 122.103", "combating sexual abuse, guaranteeing"), ("csv row 278", "legal and fair treatment"),
            ]),
        // 2019 ¶ 17: Introducing protocols and guidance on legal gender recognition and trans affirming health care, based on perso…
        .. Ask("2019", 17, "Introducing protocols and guidance",
            yes:
            [
                ("2019 122.58", "availability of specific health"), ("2019 122.60", "meaningful steps to sensitize"),
            ],
            no:
            [
                ("2019 121.50", "working and social conditions"),
                ("2019 121.42", "implementing activities that affirm"), ("2019 122.24", "efforts to promote gender"),
                ("2019 122.91", "access to health-care services"), ("csv row 170", "religion, race or sexual"),
                ("2019 122.102", "efforts to combat gender-based"),
            ]),
        // 2019 ¶ 17: Improving trans-specific health services and eliminating discriminatory and transphobic treatment by medical s…
        .. Ask("2019", 17, "trainings for educational professionals",
            yes:
            [
                ("2019 122.58", "availability of specific health"), ("2019 122.60", "meaningful steps to sensitize"),
            ],
            no:
            [
                ("csv row 71", "integrate human rights education"), ("csv row 73", "ILO Equality of Treatment"),
                ("csv row 202", "provide security of tenure"), ("csv row 200", "prosecuting all discriminatory acts"),
                ("csv row 177", "particularly from school age"), ("2019 122.24", "efforts to promote gender"),
                ("2019 122.102", "efforts to combat gender-based"),
                ("csv row 147", "educational system and training"), ("2019 122.91", "access to health-care services"),
                ("csv row 4", "issue of gender-based violence"),
            ]),
        // 2019 ¶ 18: Slovenia continue combating stigma, exclusion and discrimination against persons with HIV/AIDS.
        .. Ask("2019", 18, "persons with HIV/AIDS",
            yes: [],
            no:
            [
                ("2019 122.133", "further steps to uphold"), ("2019 121.44", "prevent discrimination against Roma"),
                ("csv row 208", "combat marginalization and discrimination"),
                ("csv row 174", "Pursue and strengthen policies"),
            ]),
        // 2019 ¶ 19: The Commission for the Prevention of Corruption be provided with adequate financial and personnel resources to…
        .. Ask("2019", 19, "entrusted with top executive",
            yes: [],
            no:
            [
                ("2019 121.24", "trafficking will be provided"),
            ]),
        // 2019 ¶ 21: Slovenia revise the definition of rape in the Criminal Code so that it is based on the absence of consent.
        .. Ask("2019", 21, "based on the absence",
            yes:
            [
                ("2019 121.38", "based on the absence"), ("2019 122.106", "absence of consent, bringing"),
                ("2019 121.33", "rather than force, coaction"), ("2019 122.107", "force or coercion, therefore"),
            ],
            no:
            [
                ("2019 122.23", "revision of the law"), ("csv row 166", "criminalization of all acts"),
                ("2019 122.77", "considered a civil, not"),
            ]),
        // 2019 ¶ 22: Ensuring that all exhumed victims from mass graves are given a burial in individual graves and that independen…
        .. Ask("2019", 22, "representative non-governmental organizations representing",
            yes: [],
            no:
            [
                ("2019 121.9", "governmental efforts to combat"), ("csv row 185", "realization of civil, political"),
                ("2019 122.136", "independent evaluation in accordance"), ("csv row 35", "Roma from being victims"),
                ("2019 122.26", "anti-discrimination strategy in consultation"),
                ("csv row 283", "Romani organizations and communities"),
            ]),
        // 2019 ¶ 23: Ensuring that, in practice, all detained persons effectively benefit from the right of access to a lawyer from…
        .. Ask("2019", 23, "deprivation of liberty, if",
            yes:
            [
                ("2019 122.75", "deprivation of liberty, if"),
            ],
            no:
            [
                ("2019 121.56", "providing free legal aid"),
            ]),
        // 2019 ¶ 26: Criminal provisions for defamation, slander and insult be repealed in favour of civil remedies designed to res…
        .. Ask("2019", 26, "restore the reputation harmed",
            yes:
            [
                ("2019 122.77", "considered a civil, not"),
                ("csv row 256", "expression by decriminalizing defamation"),
            ],
            no:
            [
                ("csv row 172", "there are effective remedies"), ("csv row 254", "juvenile justice system fully"),
                ("csv row 137", "compliant with the Convention"),
            ]),
        // 2019 ¶ 30: Slovenia should step up its efforts in the areas of preventing trafficking for the purpose of labour exploitat…
        .. Ask("2019", 30, "purpose of labour exploitations",
            yes:
            [
                ("2019 122.79", "exploitation and to protect"),
                ("2019 121.19", "trafficking in persons, particularly"),
                ("2019 121.18", "undertaken to combat trafficking"),
                ("csv row 87", "Strengthen the preventive measures"), ("csv row 238", "prevent the forced labour"),
                ("2014 115.124", "prevent trafficking in persons, including women and children"),
            ],
            no:
            [
                ("2019 121.35", "plan for this purpose"),
            ]),
        // 2019 ¶ 31: Slovenia should take further steps to ensure that human trafficking cases are investigated proactively, prosec…
        .. Ask("2019", 31, "investigated proactively, prosecuted successfully",
            yes:
            [
                ("2019 121.20", "proportionally to the gravity"), ("2019 122.83", "crimes with proper redress"),
                ("csv row 248", "perpetrators of these crimes"),
            ],
            no:
            [
                ("2019 122.71", "ill-treatment and investigate such"),
            ]),
        // 2019 ¶ 32: Slovenia to improve the identification of, and assistance to, child victims of trafficking, including by takin…
        .. Ask("2019", 32, "accommodation and trained supervisors",
            yes:
            [
                ("2019 121.24", "trafficking will be provided"), ("2019 122.79", "exploitation and to protect"),
                ("2019 121.19", "trafficking in persons, particularly"), ("2019 121.22", "based on their individual"),
                ("2019 121.21", "aimed at combating human"), ("csv row 21", "effectively protect children's rights"),
            ],
            no: []),
        // 2019 ¶ 32: Slovenia to extend the application of the procedural protection measures currently reserved to children under…
        .. Ask("2019", 32, "account the best interests",
            yes:
            [
                ("2019 121.21", "aimed at combating human"), ("2019 122.79", "exploitation and to protect"),
                ("csv row 21", "effectively protect children's rights"), ("2019 121.22", "based on their individual"),
            ],
            no:
            [
                ("csv row 189", "up efforts to combat"),
            ]),
        // 2019 ¶ 33: Slovenia to ensure compliance with the principle of non-punishment of victims of human trafficking for their i…
        .. Ask("2019", 33, "involvement in unlawful activities",
            yes: [],
            no:
            [
                ("csv row 156", "Ombudsman with the Paris"), ("csv row 243", "compensate and rehabilitate victims"),
                ("2019 121.21", "aimed at combating human"), ("csv row 150", "towards strengthening the mandate"),
            ]),
        // 2019 ¶ 33: Slovenia to ensure that access to assistance for victims of human trafficking is not made conditional on their…
        .. Ask("2019", 33, "conditional on their co-operation",
            yes:
            [
                ("2019 122.86", "assistance regardless of whether"), ("2019 121.24", "trafficking will be provided"),
                ("2019 121.22", "based on their individual"),
            ],
            no:
            [
                ("2019 121.21", "aimed at combating human"),
            ]),
        // 2019 ¶ 34: Slovenia to adopt measures to facilitate and guarantee access to compensation for victims of trafficking and t…
        .. Ask("2019", 34, "procedures to be followed",
            yes:
            [
                ("csv row 243", "compensate and rehabilitate victims"),
                ("2014 115.120", "systematically informed of the possibility"),
            ],
            no:
            [
                ("csv row 167", "victims' access to remedies"), ("2019 121.21", "aimed at combating human"),
                ("2019 122.154", "border and police guards"), ("csv row 10", "persons to Slovenian citizenship"),
            ]),
        // 2019 ¶ 36: Slovenia to consider the fight against poverty not only as a social policy issue but in the context of a human…
        .. Ask("2019", 36, "but in the context",
            yes:
            [
                ("2019 122.88", "Consider instituting anti-poverty policies"),
            ],
            no:
            [
                ("2019 122.26", "anti-discrimination strategy in consultation"),
            ]),
        // 2019 ¶ 43: All restrictions to the right to vote which are based on mental disability should be removed to ensure equal s…
        .. Ask("2019", 43, "disability should be removed",
            yes:
            [
                ("csv row 271", "current practice of participatory"),
                ("2014 115.147", "current practice of participatory"),
            ],
            no:
            [
                ("2019 121.41", "they are not discriminated"), ("2019 121.5", "affordable and good-quality care"),
                ("2019 122.24", "efforts to promote gender"), ("2019 122.116", "students with disabilities, without"),
                ("2019 122.118", "community-based and people-centred mental"),
            ]),
        // 2019 ¶ 45: Slovenia consider reviewing the safeguards for alternative voting mechanisms outside regular polling stations…
        .. Ask("2019", 45, "outside regular polling stations",
            yes:
            [
                ("csv row 271", "current practice of participatory"),
                ("2014 115.147", "current practice of participatory"),
            ],
            no:
            [
                ("csv row 284", "Continue working to safeguard"), ("2019 122.113", "programmes to harmonize them"),
                ("csv row 45", "resulting from the present"), ("2019 122.124", "Recognize Slovenian sign language"),
                ("csv row 88", "Slovenian Human Rights Ombudsman"),
                ("csv row 10", "persons to Slovenian citizenship"),
            ]),
        // 2019 ¶ 51: Slovenia remove the distinction in legislation and other measures between “autochthonous” and “non-autochthono…
        .. Ask("2019", 51, "Slovenia remove the distinction",
            yes:
            [
                ("2019 122.132", "between “autochthonous” and “non-autochthonous"),
            ],
            no:
            [
                ("2019 121.47", "Further intensify the implementation"),
                ("2019 121.46", "well-being of Roma communities"),
                ("2019 122.131", "implement legislation that seeks"),
            ]),
        // 2019 ¶ 51: The authorities to create conditions for the effective functioning of the Roma Community Council, including by…
        .. Ask("2019", 51, "reflect the diversity amongst",
            yes: [],
            no:
            [
                ("csv row 29", "improve the living conditions"),
            ]),
        // 2019 ¶ 57: The central authorities urgently work with local municipalities to resolve the situation of settlements with s…
        .. Ask("2019", 57, "central authorities urgently work",
            yes:
            [
                ("csv row 29", "improve the living conditions"),
            ],
            no:
            [
                ("csv row 279", "Continued efforts in addressing"),
            ]),
        // 2019 ¶ 57: Slovenia adopt measures to confer security of tenure to Roma people living in informal settlements and to ensu…
        .. Ask("2019", 57, "confer security of tenure",
            yes:
            [
                ("csv row 202", "provide security of tenure"), ("csv row 195", "tenure of their settlements"),
                ("csv row 263", "Rapporteur on the rights"), ("2019 122.139", "live in informal settlements"),
                ("2014 115.158", "strengthening their security oftenancy"),
                ("csv row 192", "access to running water"), ("csv row 264", "universal access to safe"),
                ("csv row 203", "especially in areas such"), ("2014 115.82", "provide security of tenure"),
                ("csv row 282", "Continue increasing the allocation"),
                ("csv row 210", "housing, water, sanitation, education"),
            ],
            no: []),
        // 2019 ¶ 68: Slovenia ensure that all asylum-seekers had access to fair and effective asylum procedures in accordance with…
        .. Ask("2019", 68, "pushbacks and collective expulsions",
            yes:
            [
                ("2019 121.57", "accordance with Slovenia’s International"),
                ("2019 121.53", "asylum seekers have access"), ("2019 121.54", "investigate all reported cases"),
                ("2019 121.51", "migrants and asylum seekers"), ("2019 122.149", "Reform its national legislation"),
                ("csv row 16", "United Nations High Commissioner"),
            ],
            no:
            [
                ("2019 122.136", "independent evaluation in accordance"),
                ("csv row 88", "Slovenian Human Rights Ombudsman"),
                ("csv row 10", "persons to Slovenian citizenship"),
            ]),
        // 2019 ¶ 69: Slovenia refrain from returning persons to other countries without providing procedural safeguards against ret…
        .. Ask("2019", 69, "directly or indirectly returned",
            yes:
            [
                ("2019 122.153", "fully respect the principle"),
            ],
            no:
            [
                ("csv row 284", "Continue working to safeguard"), ("2019 122.18", "Put in place measures"),
                ("csv row 199", "order to increase protections"),
            ]),
        // 2019 ¶ 73: Slovenia stop the detention of children and families with children solely on the grounds of their migration st…
        .. Ask("2019", 73, "child-sensitive non-institutionalized care solutions",
            yes:
            [
                ("2019 122.151", "not held in detention"),
            ],
            no:
            [
                ("csv row 213", "call by the Committee"), ("2019 122.145", "Government’s strategy on migration"),
                ("csv row 21", "effectively protect children's rights"),
                ("csv row 280", "grounds for recognizing national"), ("csv row 162", "child and youth programme"),
                ("csv row 226", "programme of family violence"),
            ]),
        // 2019 ¶ 73: Slovenia to develop a clear roadmap for the complete abolition of detention of minor migrants and asylum seeke…
        .. Ask("2019", 73, "complete abolition of detention",
            yes:
            [
                ("2019 122.151", "not held in detention"),
            ],
            no:
            [
                ("2019 121.51", "migrants and asylum seekers"), ("csv row 6", "Adjust its legal framework"),
                ("2019 122.149", "Reform its national legislation"),
            ]),
        // 2019 ¶ 74: Slovenia to make some systemic adjustments to ensure that the country was prepared to handle increasing number…
        .. Ask("2019", 74, "make some systemic adjustments",
            yes: [],
            no:
            [
                ("csv row 6", "Adjust its legal framework"),
            ]),
        // 2019 ¶ 75: Slovenia develop an accessible, efficient and centralised statelessness determination procedure.
        .. Ask("2019", 75, "centralised statelessness determination procedure",
            yes:
            [
                ("2019 122.5", "Convention on the Reduction"), ("2019 122.7", "Convention on the Reduction"),
                ("2019 122.8", "Convention on the Reduction"), ("csv row 135", "number of stateless persons"),
                ("2019 122.157", "registration of stateless persons"),
                ("2019 122.6", "place statelessness determination procedures"),
            ],
            no:
            [
                ("csv row 256", "expression by decriminalizing defamation"),
                ("2019 122.106", "absence of consent, bringing"),
                ("csv row 129", "Persons from Enforced Disappearance"),
            ]),
        // 2019 ¶ 75: Amending the law to bring the definition of a stateless person in national law in line with the definition pro…
        .. Ask("2019", 75, "stateless person in national",
            yes:
            [
                ("2019 122.5", "Convention on the Reduction"), ("2019 122.7", "Convention on the Reduction"),
            ],
            no: []),
        // 2019 ¶ 79: The authorities provide a way for those “erased” who have not been able to regularise their status and wish to…
        .. Ask("2019", 79, "been able to regularise",
            yes:
            [
                ("csv row 222", "full integration into society"),
            ],
            no: []),
    ];

    /// <summary>The pairs of one ask: <paramref name="yes"/> relevant, <paramref name="no"/> not.</summary>
    private static IEnumerable<Pair> Ask(
        string summary, int paragraph, string phrase, (string Name, string Phrase)[] yes, (string Name, string Phrase)[] no)
    {
        return yes.Select(r => Of(r, true)).Concat(no.Select(r => Of(r, false)));

        Pair Of((string Name, string Phrase) recommendation, bool relevant)
        {
            // "csv row 140" → dataset "csv", id "row 140"
            var space = recommendation.Name.IndexOf(' ', StringComparison.Ordinal);
            return new(summary, paragraph, phrase, recommendation.Name[..space], recommendation.Name[(space + 1)..],
                recommendation.Phrase, relevant);
        }
    }
}
