namespace ReportForge.Layout.Infrastructure;

/// <summary>
/// A slot that holds exactly one element. The fluent extension methods in
/// <c>ReportForge.Layout.Fluent</c> fill it: wrappers such as <c>Padding</c> return a new slot inside
/// themselves, content such as <c>Text</c> ends the chain.
/// </summary>
public interface IContainer
{
}
