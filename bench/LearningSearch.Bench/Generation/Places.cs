namespace LearningSearch.Bench.Generation;

/// <summary>A local authority area a synthetic review comes from: its county or city, and a town in it.</summary>
public sealed record Place(string Area, string Town)
{
    /// <summary>Areas of England, in a fixed order so a seed always gives the same corpus.</summary>
    public static IReadOnlyList<Place> All { get; } =
    [
        new("Kent", "Maidstone"), new("Lancashire", "Preston"), new("Norfolk", "Norwich"), new("Suffolk", "Ipswich"),
        new("Essex", "Chelmsford"), new("Devon", "Exeter"), new("Cornwall", "Truro"), new("Cumbria", "Carlisle"),
        new("Durham", "Darlington"), new("Northumberland", "Blyth"), new("Leeds", "Morley"), new("Bradford", "Keighley"),
        new("Sheffield", "Stocksbridge"), new("Manchester", "Wythenshawe"), new("Liverpool", "Speke"), new("Birmingham", "Sutton Coldfield"),
        new("Coventry", "Tile Hill"), new("Leicestershire", "Loughborough"), new("Lincolnshire", "Lincoln"), new("Hampshire", "Winchester"),
        new("Surrey", "Guildford"), new("West Sussex", "Crawley"), new("Oxfordshire", "Banbury"), new("Buckinghamshire", "Aylesbury"),
        new("Hertfordshire", "Stevenage"), new("Cambridgeshire", "Peterborough"), new("Bristol", "Bedminster"), new("Somerset", "Taunton"),
        new("Dorset", "Weymouth"), new("Wiltshire", "Swindon"), new("Gloucestershire", "Cheltenham"), new("Worcestershire", "Redditch"),
        new("Shropshire", "Telford"), new("Cheshire", "Crewe"), new("Wirral", "Birkenhead"), new("Sefton", "Southport"),
        new("Wigan", "Leigh"), new("Bolton", "Farnworth"), new("Croydon", "Thornton Heath"), new("Lambeth", "Brixton"),
        new("Southwark", "Peckham"), new("Hackney", "Dalston"), new("Newham", "Stratford"), new("Barnet", "Edgware"),
        new("Derbyshire", "Chesterfield"), new("Nottinghamshire", "Mansfield"), new("Staffordshire", "Stafford"), new("Northamptonshire", "Corby"),
        new("Cumberland", "Workington"), new("Walsall", "Bloxwich"),
    ];

    /// <summary>Three capitals for review codes ("KEN0042").</summary>
    public string Code => new string(Area.Where(char.IsLetter).Take(3).ToArray()).ToUpperInvariant();
}
