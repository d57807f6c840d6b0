using Npgsql;

namespace ReportForge.Storage.PostgreSql;

/// <summary>A bytea column read as it arrives (sequential access), owning its reader and connection.</summary>
internal sealed class RowStream(NpgsqlConnection connection, NpgsqlCommand command, NpgsqlDataReader reader, Stream content) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => content.Read(buffer, offset, count);
    public override int Read(Span<byte> buffer) => content.Read(buffer);
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        content.ReadAsync(buffer, offset, count, cancellationToken);
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        content.ReadAsync(buffer, cancellationToken);

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            content.Dispose();
            reader.Dispose();
            command.Dispose();
            connection.Dispose();
        }
        base.Dispose(disposing);
    }
}
