//! The command-line interface's arguments (clap), defined once: they also give `--help`, the
//! man page and shell completions. Formats are enums parsed here, once; [`crate::app`] runs
//! each subcommand.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(name = "newskg", version = concat!(env!("CARGO_PKG_VERSION"), " (", env!("NEWSKG_COMMIT"), ")"), about = "Turn news articles into a knowledge graph of claims, events and actors, and ask it SPARQL questions.", long_about = None)]
pub struct Cli {
    /// The store directory [default: ~/.local/share/newskg/store]
    #[arg(long, global = true, env = "NEWSKG_STORE", value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Print less (errors only)
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Print more (repeat for debug output)
    #[arg(long, short, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read articles (files, directories, JSONL, HTML, or - for stdin) into the store
    Ingest(IngestArgs),
    /// Print what newskg reads in an article (mentions, events, roles, time), without a store
    Extract(ExtractArgs),
    /// Ask a SPARQL question: as text, from a file or stdin, or a named query with --name
    Query(QueryArgs),
    /// Write the store, or one article's graph, as RDF
    Export(ExportArgs),
    /// Load RDF files (any W3C format) into the store with Oxigraph's bulk loader, atomically
    Load(LoadArgs),
    /// Send article graphs to another SPARQL 1.1 store (Graph Store HTTP Protocol)
    Push(PushArgs),
    /// List the named queries, or show one
    Queries(QueriesArgs),
    /// Link the store's unlinked entities to Wikidata online
    Link(LinkArgs),
    /// Serve the store as a SPARQL 1.1 Protocol endpoint (/query, /update) with a query page at /
    Serve(ServeArgs),
    /// Draw a country's timeline (SVG, or an HTML page with each event's claims and the
    /// actor–event graph), or with --graph its actor–event graph
    Timeline(TimelineArgs),
    /// Check the store, or RDF files, against SHACL shapes (ontology/shapes.ttl by default)
    Validate(ValidateArgs),
    /// Rebuild the RDFS entailment graphs of every article, or drop them (--drop)
    Entail(EntailArgs),
    /// Print shell completions (see README, "Install")
    Completions {
        /// bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    /// Print the man page newskg(1) (roff), or write it and one page per subcommand to a directory
    Man {
        /// Write newskg.1 and newskg-SUBCOMMAND.1 (newskg-ingest.1, …) into DIR instead
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Args, Debug, Clone, Default)]
pub struct MetaArgs {
    /// Publication date, YYYY-MM-DD (relative dates are resolved against it)
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Source (outlet) name
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
    /// The article's URL (it then identifies the article)
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// The article's title
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
}

#[derive(Args, Debug)]
pub struct OnlineArgs {
    /// Link entities the gazetteer does not know through the Wikidata API
    #[arg(long)]
    pub online: bool,
    /// The Wikidata API endpoint
    #[arg(long, value_name = "URL", default_value = newskg_rdf::link::wikidata::DEFAULT_API)]
    pub wikidata_api: String,
}

#[derive(Args, Debug)]
pub struct IngestArgs {
    /// Files or directories (- reads stdin)
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub meta: MetaArgs,
    #[command(flatten)]
    pub online: OnlineArgs,
    /// Also push the articles written to this Graph Store Protocol endpoint
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Worker threads for extraction [default: all cores]
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Articles extracted and loaded together; each batch of new articles is one atomic load
    #[arg(long, value_name = "N", default_value_t = 512, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch: u64,
    /// Do not materialize RDFS entailment (superclasses, superproperties, domain and range
    /// types) in each article's entailment graph
    #[arg(long)]
    pub no_entailment: bool,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Articles: files, directories or a JSONL corpus (- reads stdin); several articles give
    /// JSON Lines (json, one article a line, in input order) or N-Quads (nquads)
    #[arg(value_name = "FILE", required = true)]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub meta: MetaArgs,
    /// What to print
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    pub format: ExtractFormat,
}

#[derive(Args, Debug)]
pub struct PushArgs {
    /// The store's Graph Store Protocol endpoint, e.g. http://host:7878/store
    #[arg(value_name = "URL")]
    pub endpoint: String,
    /// Only this article graph (repeatable) [default: every article]
    #[arg(long, value_name = "IRI")]
    pub graph: Vec<String>,
    /// Requests in flight at once
    #[arg(long, default_value_t = 4)]
    pub parallel: usize,
}

#[derive(Args, Debug)]
pub struct LoadArgs {
    /// RDF files (format from the extension, or --format)
    #[arg(value_name = "FILE", required = true)]
    pub inputs: Vec<PathBuf>,
    /// The files' RDF format [default: from each file's extension]
    #[arg(long, value_enum)]
    pub format: Option<RdfFormatArg>,
    /// Put triples (of triple formats) in this named graph instead of the default graph
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Resolve relative IRIs against this base IRI [default: each file's own file:// IRI; give it for stdin, `-`]
    #[arg(long, value_name = "IRI")]
    pub base: Option<String>,
}

#[derive(Args, Debug)]
pub struct QueryArgs {
    /// The SPARQL query (or use --file, --name, or stdin)
    pub query: Option<String>,
    /// Read the query from a file
    #[arg(long, short, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Run a named query (see `newskg queries`)
    #[arg(long, short, value_name = "NAME")]
    pub name: Option<String>,
    /// A named query's parameter, key=value (repeatable)
    #[arg(long, short, value_name = "KEY=VALUE")]
    pub param: Vec<String>,
    /// The result format [default: table on a terminal, else json]
    #[arg(long, value_enum)]
    pub format: Option<ResultFormatArg>,
    /// Allow SERVICE clauses to query remote SPARQL endpoints (e.g. Wikidata's)
    #[arg(long)]
    pub federate: bool,
    /// Leave the RDFS entailment graphs out of the default graph (asserted triples only)
    #[arg(long)]
    pub no_entailment: bool,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The RDF format [default: from -o's extension, else turtle; nquads with --canonical]
    #[arg(long, value_enum)]
    pub format: Option<RdfFormatArg>,
    /// Only this article graph (an IRI)
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Canonical N-Quads (RDFC-1.0): byte-identical for the same content, whatever the
    /// ingest order (any --format but nquads is refused)
    #[arg(long)]
    pub canonical: bool,
    /// Leave out the RDFS entailment graphs (asserted triples and the ontology only)
    #[arg(long)]
    pub no_entailment: bool,
    /// Write to a file instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct TimelineArgs {
    /// The country: Q1032, wd:Q1032, a Wikidata IRI, or a name
    #[arg(long, value_name = "COUNTRY")]
    pub country: String,
    /// svg or html [default: from -o's extension, else svg]
    #[arg(long, value_enum)]
    pub format: Option<PictureFormat>,
    /// Draw the country's actor–event graph (states, organisations, persons and forces
    /// joined by its events) instead of its timeline
    #[arg(long)]
    pub graph: bool,
    /// Write to a file (FILE.svg or FILE.html) instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// A picture's file format.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum PictureFormat {
    /// An SVG drawing
    Svg,
    /// A self-contained HTML page: the drawing, choosing an event shows its claims
    Html,
}

#[derive(Args, Debug)]
pub struct QueriesArgs {
    #[command(subcommand)]
    pub action: Option<QueriesAction>,
}

#[derive(Subcommand, Debug)]
pub enum QueriesAction {
    /// Print a named query and its parameters
    Show { name: String },
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port; the address is printed)
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "HOST:PORT")]
    pub bind: String,
    /// Accept SPARQL updates at /update (without it the endpoint is read-only)
    #[arg(long)]
    pub allow_update: bool,
    /// The bearer token updates must carry (required with --allow-update on any address
    /// but loopback)
    #[arg(
        long,
        env = "NEWSKG_UPDATE_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub update_token: Option<String>,
    /// Stop a query that runs longer than this many seconds (answered with 503)
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    pub timeout: f64,
    /// Refuse (413) a result with more rows or triples than this
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    pub max_results: usize,
    /// Queries evaluated at once (a timed-out query counts until it stops); more get 503
    /// [default: twice the cores]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub max_running: Option<u64>,
    /// Connections open at once; past it the connection idle longest is dropped (a request
    /// head must arrive within 10 s, a kept-alive connection's next one within 5 s)
    #[arg(long, default_value_t = 512, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=65536))]
    pub max_connections: u64,
}

#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// RDF files to check instead of the store (format from the extension, or --input-format)
    #[arg(value_name = "FILE")]
    pub inputs: Vec<PathBuf>,
    /// The input files' RDF format [default: from each file's extension]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<RdfFormatArg>,
    /// SHACL shapes to check against [default: the shapes built in, ontology/shapes.ttl]
    #[arg(long, value_name = "FILE")]
    pub shapes: Option<PathBuf>,
    /// text (readable), or an RDF format for the W3C validation report
    #[arg(long, value_enum, default_value_t = ReportFormatArg::Text)]
    pub format: ReportFormatArg,
    /// Write the report to a file instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Resolve relative IRIs in the data and shapes files against this base IRI
    /// [default: each file's own file:// IRI; give it for stdin, `-`]
    #[arg(long, value_name = "IRI")]
    pub base: Option<String>,
}

#[derive(Args, Debug)]
pub struct EntailArgs {
    /// Remove the entailment graphs (and the ontology graph) instead of rebuilding them
    #[arg(long)]
    pub drop: bool,
}

#[derive(Args, Debug)]
pub struct LinkArgs {
    #[command(flatten)]
    pub online: OnlineArgs,
}

/// What `extract` prints.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtractFormat {
    /// Everything extracted, as JSON
    Json,
    /// One line per event
    Text,
    /// Tokens with their tags and lemmas
    Tokens,
    /// Tokens, tags, lemmas and dependency parses as CoNLL-U (Universal Dependencies)
    Conllu,
    /// The graphs ingest would store, for loading elsewhere or sharding a corpus (many inputs)
    Nquads,
}

/// An RDF serialization format.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum RdfFormatArg {
    /// Turtle
    #[value(alias = "ttl")]
    Turtle,
    /// N-Triples
    #[value(alias = "nt", alias = "n-triples")]
    Ntriples,
    /// N-Quads
    #[value(alias = "nq", alias = "n-quads")]
    Nquads,
    /// TriG
    Trig,
    /// RDF/XML
    #[value(alias = "rdf-xml", alias = "xml", alias = "rdf", alias = "owl")]
    Rdfxml,
    /// JSON-LD
    #[value(alias = "json-ld")]
    Jsonld,
}

impl RdfFormatArg {
    /// The parser's and serializer's format.
    pub fn format(self) -> oxigraph::io::RdfFormat {
        use oxigraph::io::RdfFormat;
        match self {
            RdfFormatArg::Turtle => RdfFormat::Turtle,
            RdfFormatArg::Ntriples => RdfFormat::NTriples,
            RdfFormatArg::Nquads => RdfFormat::NQuads,
            RdfFormatArg::Trig => RdfFormat::TriG,
            RdfFormatArg::Rdfxml => RdfFormat::RdfXml,
            RdfFormatArg::Jsonld => RdfFormat::JsonLd {
                profile: Default::default(),
            },
        }
    }
}

/// A SPARQL result format (for CONSTRUCT and DESCRIBE, the matching RDF format).
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormatArg {
    /// An aligned table for reading
    Table,
    /// SPARQL 1.1 CSV
    Csv,
    /// SPARQL 1.1 TSV
    Tsv,
    /// SPARQL 1.1 JSON
    Json,
    /// SPARQL 1.1 XML
    Xml,
}

impl ResultFormatArg {
    /// The library's result format.
    pub fn format(self) -> newskg_rdf::query::OutputFormat {
        use newskg_rdf::query::OutputFormat;
        match self {
            ResultFormatArg::Table => OutputFormat::Table,
            ResultFormatArg::Csv => OutputFormat::Csv,
            ResultFormatArg::Tsv => OutputFormat::Tsv,
            ResultFormatArg::Json => OutputFormat::Json,
            ResultFormatArg::Xml => OutputFormat::Xml,
        }
    }
}

/// How `validate` writes its report.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormatArg {
    /// Readable text
    Text,
    /// The W3C report as Turtle
    #[value(alias = "ttl")]
    Turtle,
    /// The W3C report as N-Triples
    #[value(alias = "nt", alias = "n-triples")]
    Ntriples,
    /// The W3C report as RDF/XML
    #[value(alias = "rdf-xml", alias = "xml")]
    Rdfxml,
    /// The W3C report as JSON-LD
    #[value(alias = "json-ld")]
    Jsonld,
}

impl ReportFormatArg {
    /// The RDF format of the report, or `None` for text.
    pub fn format(self) -> Option<oxigraph::io::RdfFormat> {
        match self {
            ReportFormatArg::Text => None,
            ReportFormatArg::Turtle => Some(RdfFormatArg::Turtle.format()),
            ReportFormatArg::Ntriples => Some(RdfFormatArg::Ntriples.format()),
            ReportFormatArg::Rdfxml => Some(RdfFormatArg::Rdfxml.format()),
            ReportFormatArg::Jsonld => Some(RdfFormatArg::Jsonld.format()),
        }
    }
}
