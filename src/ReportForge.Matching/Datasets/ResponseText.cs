namespace ReportForge.Matching.Datasets;

/// <summary>Reads the response column of either format.</summary>
internal static class ResponseText
{
    public static bool TryParse(string text, out StateResponse response)
    {
        response = text.Trim().ToLowerInvariant() switch
        {
            "accepted" or "supported" => StateResponse.Supported,
            "noted" or "rejected" or "not accepted" or "not supported" => StateResponse.Noted,
            "" or "general response" or "no response" or "pending" => StateResponse.Unknown,
            _ => (StateResponse)(-1),
        };
        return Enum.IsDefined(response);
    }
}
