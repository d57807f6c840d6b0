namespace ReportForge.Core.Enrichment;

/// <summary>The 193 United Nations Member States, by the short names UN documents use in running text.</summary>
internal static class MemberStates
{
    public static readonly IReadOnlyList<string> Names =
    [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei Darussalam",
        "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada",
        "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica",
        "Côte d’Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia", "Democratic People’s Republic of Korea",
        "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador",
        "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland",
        "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea",
        "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
        "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait",
        "Kyrgyzstan", "Lao People’s Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
        "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
        "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Monaco", "Mongolia", "Montenegro",
        "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua",
        "Niger", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea",
        "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Republic of Korea", "Republic of Moldova",
        "Romania", "Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
        "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal",
        "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
        "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland",
        "Syrian Arab Republic", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago",
        "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
        "United Kingdom", "United Republic of Tanzania", "United States", "Uruguay", "Uzbekistan", "Vanuatu",
        "Venezuela", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
    ];

    /// <summary>Older names and official long forms still found in documents, mapped to the short ones.</summary>
    public static readonly IReadOnlyDictionary<string, string> FormerNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Turkey"] = "Türkiye", ["Czech Republic"] = "Czechia", ["Swaziland"] = "Eswatini", ["Cape Verde"] = "Cabo Verde",
        ["Côte d'Ivoire"] = "Côte d’Ivoire", ["Democratic People's Republic of Korea"] = "Democratic People’s Republic of Korea",
        ["Lao People's Democratic Republic"] = "Lao People’s Democratic Republic", ["Vietnam"] = "Viet Nam",
        ["Burma"] = "Myanmar", ["United States of America"] = "United States",
        ["United Kingdom of Great Britain and Northern Ireland"] = "United Kingdom", ["Moldova"] = "Republic of Moldova",
        // The long forms covers print: "Summary of stakeholders' submissions on the Bolivarian Republic of Venezuela".
        ["Bolivia (Plurinational State of)"] = "Bolivia", ["Plurinational State of Bolivia"] = "Bolivia",
        ["Iran (Islamic Republic of)"] = "Iran", ["Islamic Republic of Iran"] = "Iran",
        ["Venezuela (Bolivarian Republic of)"] = "Venezuela", ["Bolivarian Republic of Venezuela"] = "Venezuela",
        ["Micronesia (Federated States of)"] = "Micronesia", ["Federated States of Micronesia"] = "Micronesia",
        ["the former Yugoslav Republic of Macedonia"] = "North Macedonia", ["Republic of North Macedonia"] = "North Macedonia",
        ["Kingdom of the Netherlands"] = "Netherlands", ["Netherlands (Kingdom of the)"] = "Netherlands",
        ["Republic of Türkiye"] = "Türkiye", ["Swiss Confederation"] = "Switzerland",
    };
}
