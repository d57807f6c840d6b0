namespace ReportForge.Layout.Infrastructure;

/// <summary>A small palette of named colours.</summary>
public static class Colors
{
    /// <summary>Black.</summary>
    public static readonly Color Black = new(0, 0, 0);
    /// <summary>White.</summary>
    public static readonly Color White = new(255, 255, 255);
    /// <summary>Dark grey for secondary text.</summary>
    public static readonly Color DarkGrey = new(0x55, 0x55, 0x55);
    /// <summary>Mid grey for rules and borders.</summary>
    public static readonly Color Grey = new(0x9E, 0x9E, 0x9E);
    /// <summary>Light grey for header backgrounds.</summary>
    public static readonly Color LightGrey = new(0xE0, 0xE0, 0xE0);
    /// <summary>Very light grey for zebra stripes.</summary>
    public static readonly Color Lighter = new(0xF3, 0xF4, 0xF6);
    /// <summary>Link blue.</summary>
    public static readonly Color Blue = new(0x1A, 0x4F, 0x9C);
    /// <summary>Dark blue for headings and brand bars.</summary>
    public static readonly Color DarkBlue = new(0x0B, 0x2E, 0x59);
    /// <summary>Red.</summary>
    public static readonly Color Red = new(0xC6, 0x28, 0x28);
}
