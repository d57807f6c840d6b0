using Xunit.Sdk;

namespace ReportForge.Storage.Tests.TestSupport;

/// <summary>
/// A fact of a store contract, written once in an abstract class and run by each back-end's test class.
/// In a class marked <see cref="NeedsPostgresAttribute"/> it is skipped, saying why, when there is no
/// PostgreSQL server (as <see cref="PostgresFactAttribute"/> is): an attribute alone cannot tell which
/// class inherited the method, so <see cref="StoreFactDiscoverer"/> decides.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ReportForge.Storage.Tests.TestSupport.StoreFactDiscoverer", "ReportForge.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks the test class of a back-end that keeps its data in PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute;
