namespace ReportForge.Layout.Infrastructure;

/// <summary>Horizontal placement of a child inside the space it is given.</summary>
public enum HorizontalAlignment { Left, Center, Right }

/// <summary>Vertical placement of a child inside the space it is given.</summary>
public enum VerticalAlignment { Top, Middle, Bottom }

/// <summary>How lines of text sit between the margins.</summary>
public enum TextAlignment { Left, Center, Right, Justify }
