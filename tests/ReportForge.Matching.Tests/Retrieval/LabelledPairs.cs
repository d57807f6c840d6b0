namespace ReportForge.Matching.Tests.Retrieval;

/// <summary>
/// (ask, State recommendation) pairs labelled by reading both texts: is this earlier recommendation on the issue the
/// stakeholder raises, so that the State that made it is worth meeting about the ask? Asks are those the parser
/// finds in the Slovenia 2014 and 2019 summaries; recommendations are named by dataset ("csv" = the UPR Info export,
/// "2014"/"2019" = the OHCHR thematic lists) and id (the export's row, the list's paragraph number).
/// </summary>
internal static class LabelledPairs
{
    public sealed record Pair(string Summary, string Ask, string Dataset, string Recommendation, bool Relevant);

    private static Pair Yes(string summary, string ask, string dataset, string id) => new(summary, ask, dataset, id, true);
    private static Pair No(string summary, string ask, string dataset, string id) => new(summary, ask, dataset, id, false);

    public static readonly IReadOnlyList<Pair> All =
    [
        // 2014 R1.1: broaden the mandate and powers of the equality institutions.
        Yes("2014", "R1.1", "csv", "row 140"), Yes("2014", "R1.1", "csv", "row 149"), Yes("2014", "R1.1", "2014", "115.31"),
        Yes("2014", "R1.1", "2019", "122.17"),
        No("2014", "R1.1", "csv", "row 287"), No("2014", "R1.1", "csv", "row 278"), No("2014", "R1.1", "csv", "row 157"),
        No("2014", "R1.1", "2019", "122.153"), No("2014", "R1.1", "2014", "115.163"), No("2014", "R1.1", "csv", "row 171"),
        No("2014", "R1.1", "csv", "row 150"), No("2014", "R1.1", "csv", "row 154"),
        // 2014 R10.1: discrimination by public and private actors, remedies, disaggregated data.
        Yes("2014", "R10.1", "2014", "115.44"), Yes("2014", "R10.1", "2014", "115.51"), Yes("2014", "R10.1", "2014", "115.52"),
        Yes("2014", "R10.1", "2014", "115.47"), Yes("2014", "R10.1", "csv", "row 167"), Yes("2014", "R10.1", "2014", "115.53"),
        Yes("2014", "R10.1", "2014", "115.69"), Yes("2014", "R10.1", "csv", "row 171"), Yes("2014", "R10.1", "csv", "row 172"),
        No("2014", "R10.1", "2019", "122.81"), No("2014", "R10.1", "2019", "121.44"),
        // 2014 R17.1: the "erased": legal status, recognition, compensation.
        Yes("2014", "R17.1", "csv", "row 216"), Yes("2014", "R17.1", "2014", "115.96"), Yes("2014", "R17.1", "csv", "row 220"),
        Yes("2014", "R17.1", "2014", "115.100"), Yes("2014", "R17.1", "2014", "115.66"), Yes("2014", "R17.1", "csv", "row 10"),
        Yes("2014", "R17.1", "csv", "row 186"),
        No("2014", "R17.1", "2019", "122.15"), No("2014", "R17.1", "2019", "122.151"), No("2014", "R17.1", "2014", "115.31"),
        No("2014", "R17.1", "2019", "122.11"), No("2014", "R17.1", "csv", "row 280"), No("2014", "R17.1", "2019", "121.4"),
        No("2014", "R17.1", "csv", "row 30"), No("2014", "R17.1", "2014", "115.48"),
        // 2014 R19.1: use of force at apprehension: no State recommended on it.
        No("2014", "R19.1", "csv", "row 262"), No("2014", "R19.1", "csv", "row 238"), No("2014", "R19.1", "2019", "121.3"),
        // 2014 R42.1 and R45.1: party finance reports, election results and secrecy of the vote.
        No("2014", "R42.1", "2019", "122.143"), No("2014", "R42.1", "2019", "121.31"),
        No("2014", "R45.1", "2014", "115.61"), No("2014", "R45.1", "2014", "115.147"), No("2014", "R45.1", "2019", "122.122"),
        // 2014 R54.1: Roma settlements: water, sanitation, tenure, evictions.
        Yes("2014", "R54.1", "2014", "115.138"), Yes("2014", "R54.1", "2014", "115.82"), Yes("2014", "R54.1", "2014", "115.75"),
        Yes("2014", "R54.1", "2014", "115.158"), Yes("2014", "R54.1", "2014", "115.90"), Yes("2014", "R54.1", "csv", "row 263"),
        Yes("2014", "R54.1", "2019", "122.139"), Yes("2014", "R54.1", "2014", "115.83"), Yes("2014", "R54.1", "csv", "row 282"),
        Yes("2014", "R54.1", "csv", "row 262"), Yes("2014", "R54.1", "csv", "row 202"), Yes("2014", "R54.1", "csv", "row 195"),
        Yes("2014", "R54.1", "csv", "row 192"), Yes("2014", "R54.1", "2014", "115.72"), Yes("2014", "R54.1", "2019", "122.138"),
        No("2014", "R54.1", "csv", "row 189"), No("2014", "R54.1", "csv", "row 283"), No("2014", "R54.1", "2019", "121.31"),
        // 2014 R61.1: access for disabled voters.
        Yes("2014", "R61.1", "csv", "row 271"), Yes("2014", "R61.1", "2014", "115.147"),
        No("2014", "R61.1", "2019", "122.113"), No("2014", "R61.1", "2019", "122.116"), No("2014", "R61.1", "csv", "row 272"),
        No("2014", "R61.1", "csv", "row 167"), No("2014", "R61.1", "csv", "row 10"), No("2014", "R61.1", "2019", "122.114"),
        // 2019 R16.1: joint adoption and fertility treatment for same-sex couples.
        Yes("2019", "R16.1", "csv", "row 26"), Yes("2019", "R16.1", "csv", "row 41"), Yes("2019", "R16.1", "csv", "row 103"),
        Yes("2019", "R16.1", "csv", "row 218"), Yes("2019", "R16.1", "csv", "row 213"), Yes("2019", "R16.1", "2019", "122.58"),
        Yes("2019", "R16.1", "2019", "122.59"),
        No("2019", "R16.1", "2019", "122.120"), No("2019", "R16.1", "2019", "122.103"), No("2019", "R16.1", "csv", "row 278"),
        // 2019 R17.1 and R17.2: legal gender recognition, trans health care, transphobia in schools.
        Yes("2019", "R17.1", "2019", "122.58"), Yes("2019", "R17.2", "2019", "122.58"),
        Yes("2019", "R17.1", "2019", "122.60"), Yes("2019", "R17.2", "2019", "122.60"),
        No("2019", "R17.1", "2019", "121.50"), No("2019", "R17.1", "2019", "121.42"), No("2019", "R17.2", "csv", "row 71"),
        No("2019", "R17.2", "csv", "row 73"), No("2019", "R17.2", "csv", "row 202"), No("2019", "R17.2", "csv", "row 200"),
        No("2019", "R17.2", "csv", "row 177"),
        No("2019", "R17.1", "2019", "122.24"), No("2019", "R17.1", "2019", "122.91"), No("2019", "R17.1", "csv", "row 170"),
        No("2019", "R17.1", "2019", "122.102"),
        No("2019", "R17.2", "2019", "122.24"), No("2019", "R17.2", "2019", "122.102"), No("2019", "R17.2", "csv", "row 147"),
        No("2019", "R17.2", "2019", "122.91"), No("2019", "R17.2", "csv", "row 4"),
        // 2019 R18.1: stigma against people with HIV: no State recommended on it.
        No("2019", "R18.1", "2019", "122.133"), No("2019", "R18.1", "2019", "121.44"), No("2019", "R18.1", "csv", "row 208"), No("2019", "R18.1", "csv", "row 174"),
        // 2019 R21.1: the definition of rape.
        Yes("2019", "R21.1", "2019", "121.38"), Yes("2019", "R21.1", "2019", "122.106"), Yes("2019", "R21.1", "2019", "121.33"),
        Yes("2019", "R21.1", "2019", "122.107"),
        No("2019", "R21.1", "2019", "122.23"), No("2019", "R21.1", "csv", "row 166"), No("2019", "R21.1", "2019", "122.77"),
        // 2019 R22.1: exhumation of mass graves: no State recommended on it.
        No("2019", "R22.1", "2019", "121.9"), No("2019", "R22.1", "csv", "row 185"), No("2019", "R22.1", "2019", "122.136"),
        No("2019", "R22.1", "csv", "row 35"), No("2019", "R22.1", "2019", "122.26"), No("2019", "R22.1", "csv", "row 283"),
        // 2019 R26.1: decriminalise defamation.
        Yes("2019", "R26.1", "2019", "122.77"), Yes("2019", "R26.1", "csv", "row 256"),
        No("2019", "R26.1", "csv", "row 172"), No("2019", "R26.1", "csv", "row 254"), No("2019", "R26.1", "csv", "row 137"),
        // 2019 R43.1 and R45.1: the vote of persons with disabilities.
        Yes("2019", "R43.1", "csv", "row 271"), Yes("2019", "R43.1", "2014", "115.147"),
        No("2019", "R43.1", "2019", "121.41"), No("2019", "R43.1", "2019", "121.5"), No("2019", "R43.1", "2019", "122.24"), No("2019", "R43.1", "2019", "122.116"), No("2019", "R43.1", "2019", "122.118"),
        Yes("2019", "R45.1", "csv", "row 271"), Yes("2019", "R45.1", "2014", "115.147"),
        No("2019", "R45.1", "csv", "row 284"), No("2019", "R45.1", "2019", "122.113"), No("2019", "R45.1", "csv", "row 45"),
        No("2019", "R45.1", "2019", "122.124"), No("2019", "R45.1", "csv", "row 88"), No("2019", "R45.1", "csv", "row 10"),
        // 2019 R51.1: "autochthonous" and "non-autochthonous" Roma.
        Yes("2019", "R51.1", "2019", "122.132"),
        No("2019", "R51.1", "2019", "121.47"), No("2019", "R51.1", "2019", "121.46"), No("2019", "R51.1", "2019", "122.131"),
        // 2019 R57.1: Roma settlements: tenure, water, sanitation, electricity.
        Yes("2019", "R57.1", "csv", "row 202"), Yes("2019", "R57.1", "csv", "row 195"), Yes("2019", "R57.1", "csv", "row 263"),
        Yes("2019", "R57.1", "2019", "122.139"), Yes("2019", "R57.1", "2014", "115.158"), Yes("2019", "R57.1", "csv", "row 192"),
        Yes("2019", "R57.1", "csv", "row 264"), Yes("2019", "R57.1", "csv", "row 203"), Yes("2019", "R57.1", "2014", "115.82"),
        Yes("2019", "R57.1", "csv", "row 282"), Yes("2019", "R57.1", "csv", "row 210"),
        // 2019 R68.1: access to asylum procedures.
        Yes("2019", "R68.1", "2019", "121.57"), Yes("2019", "R68.1", "2019", "121.53"), Yes("2019", "R68.1", "2019", "121.54"),
        Yes("2019", "R68.1", "2019", "121.51"), Yes("2019", "R68.1", "2019", "122.149"), Yes("2019", "R68.1", "csv", "row 16"),
        No("2019", "R68.1", "2019", "122.136"), No("2019", "R68.1", "csv", "row 88"), No("2019", "R68.1", "csv", "row 10"),
        // 2019 R69.1: returns without safeguards (non-refoulement).
        Yes("2019", "R69.1", "2019", "122.153"),
        No("2019", "R69.1", "csv", "row 284"), No("2019", "R69.1", "2019", "122.18"), No("2019", "R69.1", "csv", "row 199"),
        // 2019 R73.1: immigration detention of children.
        Yes("2019", "R73.1", "2019", "122.151"),
        No("2019", "R73.1", "csv", "row 213"), No("2019", "R73.1", "2019", "122.145"), No("2019", "R73.1", "csv", "row 21"),
        No("2019", "R73.1", "csv", "row 280"), No("2019", "R73.1", "csv", "row 162"), No("2019", "R73.1", "csv", "row 226"),
        // 2019 R75.1: statelessness.
        Yes("2019", "R75.1", "2019", "122.5"), Yes("2019", "R75.1", "2019", "122.7"), Yes("2019", "R75.1", "2019", "122.8"),
        Yes("2019", "R75.1", "csv", "row 135"), Yes("2019", "R75.1", "2019", "122.157"), Yes("2019", "R75.1", "2019", "122.6"),
        No("2019", "R75.1", "csv", "row 256"), No("2019", "R75.1", "2019", "122.106"), No("2019", "R75.1", "csv", "row 129"),
    ];
}
