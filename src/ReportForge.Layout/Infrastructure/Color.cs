using System.Globalization;

namespace ReportForge.Layout.Infrastructure;

/// <summary>An opaque RGB colour.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    /// <summary>Parses <c>#RRGGBB</c> or <c>RRGGBB</c>.</summary>
    public static Color FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.TrimStart('#');
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            throw new FormatException($"'{hex}' is not a colour of the form #RRGGBB.");
        return new Color((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>The colour as <c>#RRGGBB</c>.</summary>
    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";
}
