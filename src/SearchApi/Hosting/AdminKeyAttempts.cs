using System.Threading.RateLimiting;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>
/// Wrong admin keys, counted per client address: after <see cref="WrongKeysPerMinute"/> in a minute, that address is
/// answered 429 without its key being looked at until the minute is over, so a key cannot be guessed at the speed of
/// the network. Right keys cost nothing, so an administrator is never locked out by someone else's guessing elsewhere.
/// </summary>
public sealed class AdminKeyAttempts : IDisposable
{
    public const int WrongKeysPerMinute = 5;

    private readonly PartitionedRateLimiter<string> _wrong = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = WrongKeysPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when this address has used up its wrong keys for the minute.</summary>
    public bool Exhausted(string address) => _wrong.GetStatistics(address)?.CurrentAvailablePermits == 0;

    /// <summary>Counts a wrong key against the address.</summary>
    public void Wrong(string address)
    {
        using var _ = _wrong.AttemptAcquire(address);
    }

    public void Dispose() => _wrong.Dispose();
}
