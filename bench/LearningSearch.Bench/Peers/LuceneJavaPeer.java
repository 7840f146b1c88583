// Java Lucene as the benchmark's second peer (issue 17): the same units the product serves, indexed with
// EnglishAnalyzer and BM25, asked the same queries, the 20 best read and highlighted, with and without facet counts
// over every match (sorted-set doc values, Lucene's own facet module). The benchmark writes the units and queries,
// starts this file with Java's single-file launch, and reads back the raw timings, so every engine's percentiles are
// computed by the same code.
//
//   java -cp "/usr/share/java/lucene-core-8.7.0.jar:..." LuceneJavaPeer.java UNITS.tsv QUERIES.tsv INDEX_DIR ITERATIONS RESULT.json
//
// UNITS.tsv: id, text, theme tokens (space-separated, "unit" first), theme ids, review, kind, year, agencies, json;
// lists inside a column separated by U+001F; tab, newline, carriage return and backslash escaped with a backslash.
// QUERIES.tsv: class, label, the query (the FTS5 baseline's expression, which is also classic Lucene syntax), theme token to filter by.

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public class LuceneJavaPeer {
    static final String[] FACETS = {"theme", "review", "kind", "year", "agency"};
    static final int FACET_LIMIT = 40;

    record BenchQuery(String queryClass, String label, String expression, String themeFilter) {}

    public static void main(String[] args) throws Exception {
        Path units = Path.of(args[0]), queries = Path.of(args[1]), indexPath = Path.of(args[2]);
        int iterations = Integer.parseInt(args[3]);
        Path result = Path.of(args[4]);

        Analyzer english = new EnglishAnalyzer();
        // Theme tokens are written as FTS5 writes them, one token each: no stemming, no lower-casing.
        Analyzer analyzer = new PerFieldAnalyzerWrapper(english, Map.of("themes", new WhitespaceAnalyzer()));
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("theme", true);
        config.setMultiValued("agency", true);

        deleteTree(indexPath);
        long started = System.nanoTime();
        long count;
        double mergeSeconds;
        try (Directory directory = FSDirectory.open(indexPath);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256).setSimilarity(new BM25Similarity()))) {
            count = addAll(units, writer, config);
            long merging = System.nanoTime();
            // A read-only index, as the product's and FTS5's ('optimize') are: merged to one segment.
            writer.forceMerge(1);
            writer.commit();
            mergeSeconds = (System.nanoTime() - merging) / 1e9;
        }
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        long indexBytes;
        try (Stream<Path> files = Files.walk(indexPath)) {
            indexBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "  Lucene %s (Java %s): %,d units indexed in %.1f s (merge to one segment %.1f s), index %.1f MB%n",
                Version.LATEST, System.getProperty("java.version"), count, indexSeconds, mergeSeconds, indexBytes / 1048576.0);

        List<BenchQuery> mix = new ArrayList<>();
        for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            mix.add(new BenchQuery(f[0], unescape(f[1]), unescape(f[2]), f[3].isEmpty() ? null : f[3]));
        }

        try (Directory directory = FSDirectory.open(indexPath); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            // Built once per reader, as an application keeps it beside its searcher.
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader);
            UnifiedHighlighter highlighter = new UnifiedHighlighter(searcher, english);
            // The whole text marked, as FTS5's highlight() and the product mark it, not a passage of it.
            highlighter.setBreakIterator(WholeBreakIterator::new);
            highlighter.setFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "", false));
            highlighter.setMaxLength(1 << 20);
            Engine engine = new Engine(searcher, state, highlighter, analyzer);

            Map<String, Long> totals = new LinkedHashMap<>();
            for (BenchQuery q : mix) totals.put(q.label(), engine.withFacets(q));

            // Warmed until two rounds in a row have medians within a tenth of each other, as the benchmark warms the others.
            List<Double> medians = new ArrayList<>();
            long warming = System.nanoTime();
            boolean settled = false;
            while (true) {
                List<Double> round = new ArrayList<>();
                for (BenchQuery q : mix) {
                    round.add(time(engine::top, q));
                    round.add(time(engine::withFacets, q));
                }
                medians.add(median(round));
                double seconds = (System.nanoTime() - warming) / 1e9;
                int n = medians.size();
                settled = n >= 2 && Math.abs(medians.get(n - 1) - medians.get(n - 2)) <= 0.10 * Math.max(medians.get(n - 1), medians.get(n - 2));
                if (settled && n >= 3 && seconds >= 2) break;
                if (n >= 30 || seconds >= 120) break;
            }
            double warmSeconds = (System.nanoTime() - warming) / 1e9;
            System.out.printf(Locale.ROOT, "  Lucene warmed in %d rounds, %.1f s (%s)%n", medians.size(), warmSeconds, settled ? "settled" : "not settled, stopped at the cap");

            StringBuilder json = new StringBuilder();
            json.append("{\"version\":\"").append(Version.LATEST).append("\",\"java\":\"").append(System.getProperty("java.version"))
                .append("\",\"units\":").append(count)
                .append(",\"indexSeconds\":").append(round3(indexSeconds)).append(",\"mergeSeconds\":").append(round3(mergeSeconds))
                .append(",\"indexBytes\":").append(indexBytes).append(",\"segments\":").append(reader.leaves().size())
                .append(",\"warmUpRounds\":").append(medians.size()).append(",\"warmUpSettled\":").append(settled)
                .append(",\"warmUpMedians\":").append(list(medians)).append(",\"classes\":{");
            List<String> classes = mix.stream().map(BenchQuery::queryClass).distinct().toList();
            for (int c = 0; c < classes.size(); c++) {
                String queryClass = classes.get(c);
                List<BenchQuery> ofClass = mix.stream().filter(q -> q.queryClass().equals(queryClass)).toList();
                List<Double> top = new ArrayList<>(iterations), facets = new ArrayList<>(iterations);
                // Interleaved one by one, so that other load on the machine falls on both alike.
                for (int i = 0; i < iterations; i++) {
                    BenchQuery q = ofClass.get(i % ofClass.size());
                    top.add(time(engine::top, q));
                    facets.add(time(engine::withFacets, q));
                }
                System.out.printf(Locale.ROOT, "  %-12s Lucene top 20 p50 %7.2f ms | with facets p50 %7.2f ms%n", queryClass, median(top), median(facets));
                json.append(c == 0 ? "" : ",").append('"').append(queryClass).append("\":{\"top\":").append(list(top)).append(",\"facets\":").append(list(facets)).append('}');
            }
            json.append("},\"totals\":{");
            int i = 0;
            for (Map.Entry<String, Long> total : totals.entrySet())
                json.append(i++ == 0 ? "" : ",").append('"').append(total.getKey().replace("\\", "\\\\").replace("\"", "\\\"")).append("\":").append(total.getValue());
            json.append("}}");
            Files.writeString(result, json.toString(), StandardCharsets.UTF_8);
        }
    }

    /** One search as a page asks it: parsed, the 20 best found, read and highlighted; with facets, every match counted. */
    static final class Engine {
        final IndexSearcher searcher;
        final SortedSetDocValuesReaderState state;
        final UnifiedHighlighter highlighter;
        final Analyzer analyzer;

        Engine(IndexSearcher searcher, SortedSetDocValuesReaderState state, UnifiedHighlighter highlighter, Analyzer analyzer) {
            this.searcher = searcher;
            this.state = state;
            this.highlighter = highlighter;
            this.analyzer = analyzer;
        }

        Query parse(BenchQuery q) {
            try {
                // A parser per search: QueryParser is not thread-safe, and a service makes one per request.
                Query words = new QueryParser("text", analyzer).parse(q.expression());
                if (q.themeFilter() == null) return words;
                return new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("themes", q.themeFilter())), BooleanClause.Occur.FILTER).build();
            } catch (Exception e) {
                throw new IllegalArgumentException("Cannot parse " + q.expression(), e);
            }
        }

        /** The 20 best alone: Lucene 8 then counts matches only up to 1,000 and skips blocks that cannot make the page. */
        long top(BenchQuery q) {
            Query query = parse(q);
            try {
                TopDocs top = searcher.search(query, 20);
                read(query, top);
                return top.totalHits.value;
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }

        /** The 20 best and the five facets' 40 largest values, every match counted. */
        long withFacets(BenchQuery q) {
            Query query = parse(q);
            FacetsCollector collector = new FacetsCollector();
            TopDocs top;
            try {
                top = FacetsCollector.search(searcher, query, 20, collector);
                Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
                for (String dimension : FACETS) facets.getTopChildren(FACET_LIMIT, dimension);
                read(query, top);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            return top.totalHits.value;
        }

        private void read(Query query, TopDocs top) {
            try {
                for (ScoreDoc hit : top.scoreDocs) searcher.doc(hit.doc).get("json");
                highlighter.highlight("text", query, top);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }
    }

    static long addAll(Path units, IndexWriter writer, FacetsConfig config) throws Exception {
        // Two threads adding documents, one per core, as the product's builder uses both.
        try (BufferedReader lines = Files.newBufferedReader(units, StandardCharsets.UTF_8)) {
            long[] added = new long[2];
            Exception[] failure = new Exception[1];
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                final int me = t;
                Thread thread = new Thread(() -> {
                    try {
                        while (true) {
                            String line;
                            synchronized (lines) { line = lines.readLine(); }
                            if (line == null) break;
                            if (line.isEmpty()) continue;
                            writer.addDocument(config.build(document(line.split("\t", -1))));
                            added[me]++;
                        }
                    } catch (Exception e) {
                        synchronized (failure) { failure[0] = e; }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) thread.join();
            if (failure[0] != null) throw failure[0];
            return added[0] + added[1];
        }
    }

    static Document document(String[] f) {
        Document doc = new Document();
        doc.add(new StringField("id", f[0], Field.Store.NO));
        // Stored for the highlighter, which marks the text it reads back.
        doc.add(new TextField("text", unescape(f[1]), Field.Store.YES));
        for (String token : f[2].split(" ")) if (!token.isEmpty()) doc.add(new StringField("themes", token, Field.Store.NO));
        for (String theme : values(f[3])) doc.add(new SortedSetDocValuesFacetField("theme", theme));
        doc.add(new SortedSetDocValuesFacetField("review", unescape(f[4])));
        doc.add(new SortedSetDocValuesFacetField("kind", f[5]));
        if (!f[6].isEmpty()) doc.add(new SortedSetDocValuesFacetField("year", f[6]));
        for (String agency : values(f[7])) doc.add(new SortedSetDocValuesFacetField("agency", agency));
        doc.add(new StoredField("json", unescape(f[8])));
        return doc;
    }

    static List<String> values(String column) {
        if (column.isEmpty()) return Collections.emptyList();
        List<String> values = new ArrayList<>();
        for (String v : column.split("\u001f")) if (!v.isEmpty()) values.add(unescape(v));
        return values;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) { b.append(c); continue; }
            char n = s.charAt(++i);
            b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        }
        return b.toString();
    }

    static double time(ToLongFunction<BenchQuery> search, BenchQuery q) {
        long t = System.nanoTime();
        search.applyAsLong(q);
        return (System.nanoTime() - t) / 1e6;
    }

    static double median(List<Double> timings) {
        List<Double> sorted = new ArrayList<>(timings);
        Collections.sort(sorted);
        // Nearest rank, as the benchmark's Latencies computes it.
        return sorted.get(Math.max(0, (int) Math.ceil(0.5 * sorted.size()) - 1));
    }

    static String list(List<Double> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) b.append(i == 0 ? "" : ",").append(round3(values.get(i)));
        return b.append(']').toString();
    }

    static String round3(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) return;
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Collections.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
