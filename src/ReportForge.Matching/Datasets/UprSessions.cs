namespace ReportForge.Matching.Datasets;

/// <summary>When each Working Group session was held, and to which cycle it belongs.</summary>
public static class UprSessions
{
    // First session of each year: 1 (April 2008), 4 (2009), 7 (2010), 10 (2011), 13 (2012), 15 (2013),
    // 18 (2014), 21 (2015), 24 (2016), 27 (2017), 29 (2018), 32 (2019), 35 (2020), 37 (2021), 40 (2022),
    // 42 (2023), 45 (2024), 48 (2025), 51 (2026). Sessions 36 and 41 were held late in their years.
    private static readonly int[] FirstSessionOfYear = [1, 4, 7, 10, 13, 15, 18, 21, 24, 27, 29, 32, 35, 37, 40, 42, 45, 48, 51];
    private const int FirstYear = 2008;

    /// <summary>The year a session was held (sessions past the table continue three a year).</summary>
    public static int Year(int session)
    {
        if (session < 1) throw new ArgumentOutOfRangeException(nameof(session), session, "Sessions start at 1.");
        var last = FirstSessionOfYear[^1];
        if (session >= last) return FirstYear + FirstSessionOfYear.Length - 1 + (session - last) / 3;
        var index = Array.FindLastIndex(FirstSessionOfYear, first => first <= session);
        return FirstYear + index;
    }

    /// <summary>Cycle 1: sessions 1–12, cycle 2: 13–26, cycle 3: 27–40, cycle 4: 41–54.</summary>
    public static int Cycle(int session) => session switch
    {
        <= 12 => 1,
        <= 26 => 2,
        _ => 3 + (session - 27) / 14,
    };
}
