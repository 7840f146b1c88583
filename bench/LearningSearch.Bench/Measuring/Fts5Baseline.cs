using System.Diagnostics;
using LearningSearch.Index.Schema;
using LearningSearch.Index.Units;
using LearningSearch.Indexer.Indexing;
using LearningSearch.Indexer.Model;
using LearningSearch.SearchApi.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace LearningSearch.Bench.Measuring;

/// <summary>
/// The same units in SQLite FTS5 (porter unicode61), answering the same questions the same way the page needs
/// them answered: the 20 best by bm25 with the stored unit and a highlighted text, and facet counts (theme,
/// review, kind, agency, year) over every match, counted by GROUP BY over the matching rowids. The database is a
/// file like the Lucene index, loaded in one transaction, optimised (one b-tree per term), analysed, and given a
/// 256 MB page cache: about what the SearchApi host holds in memory.
/// </summary>
public sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection;

    private Fts5Baseline(SqliteConnection connection) => _connection = connection;

    public long Units { get; private set; }

    public TimeSpan LoadTime { get; private set; }

    /// <summary>Loads every unit of an index generation (the very units LearningSearch serves) into a new database file.</summary>
    public static Fts5Baseline Load(string indexGeneration, string databasePath)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            if (File.Exists(databasePath + suffix)) File.Delete(databasePath + suffix);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        var baseline = new Fts5Baseline(connection);
        var clock = Stopwatch.StartNew();
        baseline.Execute("""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE VIRTUAL TABLE units USING fts5(text, themes, json UNINDEXED, tokenize = 'porter unicode61');
            CREATE TABLE unit_meta(id INTEGER PRIMARY KEY, review TEXT NOT NULL, kind TEXT NOT NULL, year INTEGER);
            CREATE TABLE unit_themes(unit INTEGER NOT NULL, theme TEXT NOT NULL);
            CREATE TABLE unit_agencies(unit INTEGER NOT NULL, agency TEXT NOT NULL);
            """);
        baseline.Units = baseline.Insert(indexGeneration);
        baseline.Execute("""
            CREATE INDEX unit_themes_unit ON unit_themes(unit);
            CREATE INDEX unit_agencies_unit ON unit_agencies(unit);
            INSERT INTO units(units) VALUES('optimize');
            ANALYZE;
            PRAGMA cache_size = -262144;
            """);
        baseline.LoadTime = clock.Elapsed;
        return baseline;
    }

    public long SizeBytes(string databasePath) => new FileInfo(databasePath).Length;

    private long Insert(string indexGeneration)
    {
        using var transaction = _connection.BeginTransaction();
        using var unit = Command("INSERT INTO units(rowid, text, themes, json) VALUES ($id, $text, $themes, $json)", "$id", "$text", "$themes", "$json");
        using var meta = Command("INSERT INTO unit_meta(id, review, kind, year) VALUES ($id, $review, $kind, $year)", "$id", "$review", "$kind", "$year");
        using var theme = Command("INSERT INTO unit_themes(unit, theme) VALUES ($id, $theme)", "$id", "$theme");
        using var agency = Command("INSERT INTO unit_agencies(unit, agency) VALUES ($id, $agency)", "$id", "$agency");

        using var directory = new SimpleFSDirectory(new DirectoryInfo(indexGeneration));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var years = searcher.Search(new TermQuery(new Term(IndexFields.DocType, IndexFields.ReviewDoc)), Math.Max(1, reader.MaxDoc)).ScoreDocs
            .Select(d => UnitDocuments.ReadReview(searcher.Doc(d.Doc)).Review)
            .ToDictionary(r => r.Id, r => r.Year, StringComparer.Ordinal);

        long id = 0;
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var stored = reader.Document(doc);
            if (stored.Get(IndexFields.Id).StartsWith("review:", StringComparison.Ordinal)) continue;
            var json = UnitDocuments.StoredText(stored);
            var u = UnitDocuments.ReadUnit(stored);
            id++;
            Run(unit, id, u.FullText, "unit " + string.Join(" ", u.Themes.Select(t => Fts5Query.ThemeToken(t.ThemeId))), json);
            Run(meta, id, u.ReviewId, u.Kind.Name(), years.GetValueOrDefault(u.ReviewId) is { } y ? y : DBNull.Value);
            foreach (var t in u.Themes) Run(theme, id, t.ThemeId);
            foreach (var a in u.Agencies) Run(agency, id, a);
        }
        transaction.Commit();
        return id;
    }

    /// <summary>Total matches, the best 20 (stored unit and highlighted text read), and the facet counts.</summary>
    public Fts5Answer Search(string match)
    {
        using var top = _connection.CreateCommand();
        top.CommandText = "SELECT json, highlight(units, 0, '<mark>', '</mark>') FROM units WHERE units MATCH $q ORDER BY rank LIMIT 20";
        top.Parameters.AddWithValue("$q", match);
        var hits = 0;
        using (var rows = top.ExecuteReader())
        {
            while (rows.Read())
            {
                _ = rows.GetString(0);
                _ = rows.GetString(1);
                hits++;
            }
        }

        using var facets = _connection.CreateCommand();
        facets.CommandText = """
            WITH hits(id) AS MATERIALIZED (SELECT rowid FROM units WHERE units MATCH $q)
            SELECT * FROM (SELECT 'kind', m.kind, count(*) AS n FROM hits JOIN unit_meta m ON m.id = hits.id GROUP BY m.kind ORDER BY n DESC LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT 'review', m.review, count(*) AS n FROM hits JOIN unit_meta m ON m.id = hits.id GROUP BY m.review ORDER BY n DESC LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT 'year', m.year, count(*) AS n FROM hits JOIN unit_meta m ON m.id = hits.id WHERE m.year IS NOT NULL GROUP BY m.year ORDER BY n DESC LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT 'theme', t.theme, count(*) AS n FROM hits JOIN unit_themes t ON t.unit = hits.id GROUP BY t.theme ORDER BY n DESC LIMIT $limit)
            UNION ALL SELECT * FROM (SELECT 'agency', a.agency, count(*) AS n FROM hits JOIN unit_agencies a ON a.unit = hits.id GROUP BY a.agency ORDER BY n DESC LIMIT $limit)
            """;
        facets.Parameters.AddWithValue("$q", match);
        // The same lists as LearningSearch answers: each facet's values with the largest counts, up to its default limit.
        facets.Parameters.AddWithValue("$limit", SearchQueryBuilder.DefaultFacetLimit);
        var total = 0;
        var values = 0;
        using (var rows = facets.ExecuteReader())
        {
            while (rows.Read())
            {
                if (rows.GetString(0) == "kind") total += rows.GetInt32(2);
                values++;
            }
        }
        return new Fts5Answer(total, hits, values);
    }

    /// <summary>The recurrence matrix: units per theme and review, with the reviews' years.</summary>
    public int RecurrenceMatrix()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT t.theme, m.review, min(m.year), count(*) FROM unit_themes t JOIN unit_meta m ON m.id = t.unit GROUP BY t.theme, m.review";
        var cells = 0;
        using var rows = command.ExecuteReader();
        while (rows.Read()) cells++;
        return cells;
    }

    private SqliteCommand Command(string sql, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}

/// <summary>What an FTS5 search gave: every match counted, the page read, and how many facet values came back.</summary>
public sealed record Fts5Answer(int Total, int Hits, int FacetValues);
