using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningSearch.SearchApi.Hosting;

/// <summary>Per-client limits on searching, answered with 429 and Retry-After, so one caller cannot starve the rest.</summary>
public static class RateLimits
{
    public const string SearchPolicy = "search";

    public static IServiceCollection AddSearchRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SearchPolicy, context => context.RequestServices.GetRequiredService<LearningSearchOptions>() is var options && options.PermitsPerMinute <= 0
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancel) =>
            {
                var options = context.HttpContext.RequestServices.GetRequiredService<LearningSearchOptions>();
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many searches", Detail = $"This address made more than {options.PermitsPerMinute} searches in a minute; try again in {(int)Math.Ceiling(retry.TotalSeconds)} seconds." },
                });
            };
        });
        return services;
    }
}
