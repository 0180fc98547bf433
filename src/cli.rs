//! The command line: every subcommand, flag and help text. Parsing only; meaning lives in
//! `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

use crate::render::Format;
use crate::render::typst::{Paper, PdfStandard};

const AFTER_HELP: &str = "\
Typical use:
  impact-brief serve                       answer the questions in your web browser
  impact-brief wizard                      answer the questions interactively
  impact-brief init bill.toml              or write a fill-in file to edit by hand
  impact-brief check bill.toml             list every problem and open question
  impact-brief render bill.toml -f pdf     write bill.pdf
  impact-brief batch proposals/ -o briefs/ -f md,pdf
  impact-brief migrate old-bill.toml       rewrite a file written for rubrics 1.x or 2.x
  impact-brief schema assessment --install  let your editor check bill.toml as you type

Exit codes: 0 success; 1 invalid input, failed render, or batch with failures (or a
--fail-on hit); 2 usage error; 130 wizard cancelled (answers so far are saved), or a batch
stopped by Ctrl-C or SIGTERM (its index says what was done).";

/// What each exit code means, for the manual pages' EXIT STATUS section (`--help` says the same
/// in its last paragraph).
pub const EXIT_CODES: [(u8, &str); 4] = [
    (0, "Success."),
    (
        1,
        "Invalid input, a failed render, a batch with failures, a --fail-on or --fail-on-worse hit, or a refused output (one that would replace an input).",
    ),
    (
        2,
        "Usage error: an unknown flag, a missing argument, flags that do not fit together.",
    ),
    (
        130,
        "The wizard was cancelled (the answers given so far are saved), or a batch was stopped by Ctrl-C or SIGTERM (its index says what was done).",
    ),
];

/// Judge a draft law by its effect on an open Internet: answer impact-assessment questions,
/// score them for openness, inclusiveness and transparency, and render a policy impact brief.
#[derive(Debug, Parser)]
// The version flag is the program's own, not clap's, so that `--version --verbose` can say more;
// `version` still names the version in the manual page.
#[command(
    name = "impact-brief",
    version = crate::commands::version::VERSION,
    disable_version_flag = true,
    override_usage = "impact-brief [OPTIONS] <COMMAND>\n       impact-brief --version [--verbose]",
    after_help = AFTER_HELP,
    max_term_width = 100
)]
pub struct Cli {
    /// What to do (required unless --version is given).
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Print the version, the commit and the date of the build.
    #[arg(short = 'V', long)]
    pub version: bool,

    /// With --version: also the embedded Typst version, the rubric versions and the languages.
    #[arg(long, requires = "version")]
    pub verbose: bool,

    /// Folder of rubric .toml files that add to or replace the built-in rubrics (by id).
    #[arg(long, global = true, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub rubrics: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Assess a proposal interactively; creates or resumes FILE and saves after every answer.
    Wizard(WizardArgs),
    /// Answer and render assessments in your web browser: a local page on this computer only,
    /// saving to the same files as the command line.
    #[command(after_help = SERVE_AFTER_HELP)]
    Serve(ServeArgs),
    /// Write a fill-in assessment file listing every question, its guidance and its levels.
    Init(InitArgs),
    /// Validate assessment files: list every problem and every unanswered question.
    Check(CheckArgs),
    /// Print the scorecard of an assessment (or the JSON brief with --json).
    Score(ScoreArgs),
    /// Render the brief of one assessment as Markdown, PDF, Word, HTML, JSON or a Typst bundle.
    Render(RenderArgs),
    /// Render every assessment under one or more folders, in parallel, with an index.
    // The formats' shared help speaks of `-o FILE`, which a batch does not take.
    #[command(mut_arg("formats", |arg| arg.help(
        "Output formats, one or several separated by commas: `-f pdf`, `-f md,pdf` (default: md). \
         Each brief is written in each format, next to the others, under the folder `-o` names",
    )))]
    Batch(BatchArgs),
    /// List, show or check rubrics.
    #[command(subcommand)]
    Rubric(RubricCommand),
    /// Compare two assessments of one proposal (two stages of a bill): what got better or
    /// worse, red flags resolved and introduced, recommendations taken up.
    Diff(DiffArgs),
    /// Bring several stakeholder groups' assessments of one proposal together in a panel brief:
    /// who assessed, the consolidated verdict, agreement, and where the groups disagree.
    Panel(PanelArgs),
    /// Rewrite an assessment written for rubrics 1.x or 2.x to the current question ids and
    /// levels, keeping a backup and listing what needs a new answer.
    Migrate(MigrateArgs),
    /// Print the JSON Schema of assessment or rubric files, so that your editor completes and
    /// checks them as you type.
    #[command(after_help = SCHEMA_AFTER_HELP)]
    Schema(SchemaArgs),
    /// Print a shell completion script (bash, zsh, fish, PowerShell, elvish).
    #[command(after_help = COMPLETIONS_AFTER_HELP)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write one page per command into a folder.
    #[command(after_help = MAN_AFTER_HELP)]
    Man(ManArgs),
    /// Print the version, commit and build date, the embedded Typst version, the rubric versions
    /// and the languages available (as `--version --verbose` does).
    Version,
}

const SERVE_AFTER_HELP: &str = "\
Opens your browser at a link with a one-time key; only this computer can reach the page, and
only through that link. Every answer is saved at once to the .toml file in DIR, keeping
comments and layout. Press Ctrl-C in the terminal to stop.";

/// `serve`
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The folder of assessment files to serve (default: the current folder); nothing outside
    /// it is read or written.
    #[arg(value_hint = ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
    /// The port to listen on (default: a free one).
    #[arg(long, value_name = "N")]
    pub port: Option<u16>,
    /// Print the link instead of opening the browser.
    #[arg(long)]
    pub no_open: bool,
    /// The language of the pages, which each page can switch (default: the system's locale, or
    /// English when it names none of ours).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
    /// Seconds a connection has to send its whole request (default: 30). Hidden: the tests of
    /// the timeout would otherwise wait half a minute; a user has no reason to change it.
    #[arg(long, value_name = "SECONDS", hide = true)]
    pub request_timeout: Option<u64>,
}

const SCHEMA_AFTER_HELP: &str = "\
Files written by `init`, the wizard and `migrate` start with a line such as
  #:schema file:///home/you/.config/impact-brief/assessment.schema.json
which TOML editors with Taplo (VS Code's Even Better TOML, Taplo's language server in
other editors) read: they then complete question ids, levels and statuses, show each
question's levels on hover and mark mistakes as you type. Put the schema there once:
  impact-brief schema assessment --install
and again after upgrading impact-brief. With --rubrics DIR the schema knows your rubrics
too. To point new files elsewhere (a URL your team publishes, say), set
IMPACT_BRIEF_SCHEMA to that URL or path. Rubric files get no directive: add
`#:schema PATH` at the top of yours, after `impact-brief schema rubric > PATH`.";

const COMPLETIONS_AFTER_HELP: &str = "\
Install for your user, then open a new shell:
  bash        dir=~/.local/share/bash-completion/completions; mkdir -p $dir
              impact-brief completions bash > $dir/impact-brief
  zsh         mkdir -p ~/.zfunc; impact-brief completions zsh > ~/.zfunc/_impact-brief
              (with `fpath+=~/.zfunc; autoload -Uz compinit; compinit` in ~/.zshrc)
  fish        impact-brief completions fish > ~/.config/fish/completions/impact-brief.fish
  PowerShell  impact-brief completions powershell | Out-String | Invoke-Expression
              (add that line to $PROFILE to keep it)";

const MAN_AFTER_HELP: &str = "\
Read it now:   impact-brief man | man -l -
Install:       impact-brief man --dir ~/.local/share/man/man1
               then `man impact-brief`, `man impact-brief-render`, ...";

/// `schema`
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which file format: assessment or rubric.
    #[arg(value_enum)]
    pub kind: SchemaKindArg,
    /// Write the schema where the files from `init` and the wizard point editors
    /// (`$XDG_CONFIG_HOME/impact-brief/`, `~/.config/impact-brief/` or `%APPDATA%\impact-brief\`)
    /// instead of printing it.
    #[arg(long)]
    pub install: bool,
    /// The language of what it says: en, fr, es or pt (default: the system locale's, else
    /// English). The schema itself is English, as the file format's keys are.
    #[arg(long, value_enum, ignore_case = true, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// `schema KIND`
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKindArg {
    /// Assessment files: knows the questions, levels and statuses of the rubrics.
    Assessment,
    /// Rubric files.
    Rubric,
}

impl SchemaKindArg {
    /// The format this names.
    pub fn kind(self) -> crate::model::schema::SchemaKind {
        match self {
            SchemaKindArg::Assessment => crate::model::schema::SchemaKind::Assessment,
            SchemaKindArg::Rubric => crate::model::schema::SchemaKind::Rubric,
        }
    }
}

/// `completions`
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `man`
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write impact-brief.1 and a page for each command (impact-brief-render.1, ...) into DIR
    /// instead of printing the main page.
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

/// `diff`
#[derive(Debug, Args)]
#[command(after_help = "\
The change brief compares the two briefs question by question: the verdicts then and now with
arrows (↑ better, ↓ worse, ↔ changed without a direction, = unchanged), the red flags resolved,
introduced and still open, every answer that changed (worst first), and the old assessment's
recommendations that the new one no longer needs (taken up) or still makes (open).

Examples:
  impact-brief diff bill-draft.toml bill-adopted.toml               Markdown to standard output
  impact-brief diff old.toml new.toml -f md,pdf -o changes/         files named after NEW
  impact-brief diff old.toml new.toml --fail-on-worse -f json -o -  for CI over tracked bills")]
pub struct DiffArgs {
    /// The earlier assessment.
    #[arg(value_hint = ValueHint::FilePath)]
    pub old: PathBuf,
    /// The later assessment of the same proposal.
    #[arg(value_hint = ValueHint::FilePath)]
    pub new: PathBuf,
    /// Exit with 1 when the overall rating or a dimension's rating got worse.
    #[arg(long)]
    pub fail_on_worse: bool,
    /// Compare files whose proposal title, reference or jurisdiction differ.
    #[arg(long)]
    pub force: bool,
    /// Formats, destination, templates and PDF settings; in a folder, files are named
    /// `<NEW name>-changes.<ext>`.
    #[command(flatten)]
    pub out: DocumentOutputArgs,
}

/// Where a derived document (a change or panel brief) goes, shared by `diff` and `panel`.
#[derive(Debug, Args)]
pub struct DocumentOutputArgs {
    /// Output formats.
    #[command(flatten)]
    pub format: FormatArgs,
    /// Where to write: a file, a folder, or `-` for standard output. Default: standard output for
    /// one text format, else the current folder.
    #[arg(short, long, value_name = "PATH", value_hint = ValueHint::AnyPath)]
    pub output: Option<PathBuf>,
    /// Templates.
    #[command(flatten)]
    pub templates: TemplateArgs,
    /// PDF settings.
    #[command(flatten)]
    pub pdf: PdfArgs,
    /// Language.
    #[command(flatten)]
    pub lang: LangArgs,
}

/// `panel`
#[derive(Debug, Args)]
#[command(after_help = "\
Each stakeholder group is first reduced to its median answer per question (so a group that sent
five people does not outvote one that sent one), and the panel's answer is the median of the
groups' (the lower middle on an even count). Agreement is Krippendorff's alpha for ordinal data.
Where the groups disagree, every group's level is shown side by side and its words quoted once
(a member's whose answer is the group's); every member's words are in the JSON. Files of other
proposals or stages are refused unless --force. In a folder, files are named after the proposal.

Examples:
  impact-brief panel examples/panel/eu-csa-regulation/                 Markdown to standard output
  impact-brief panel a.toml b.toml c.toml -f md,pdf -o panel/
  impact-brief panel members/ -f json -o -")]
pub struct PanelArgs {
    /// Assessment files of the same proposal, or folders holding them (their `*.toml` files).
    #[arg(required = true, value_hint = ValueHint::AnyPath)]
    pub files: Vec<PathBuf>,
    /// Bring together files whose proposal title, reference or stage differ.
    #[arg(long)]
    pub force: bool,
    /// Formats, destination, templates and PDF settings; in a folder, files are named after the
    /// proposal's title: `<title>-panel.<ext>`.
    #[command(flatten)]
    pub out: DocumentOutputArgs,
}

/// `migrate`
#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The assessment file to rewrite (the original is kept as FILE.v1.bak or FILE.v2.bak, by
    /// the edition it was written for).
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
    /// Print the upgraded file to standard output instead of rewriting it.
    #[arg(long)]
    pub dry_run: bool,
    /// The language of what it says: en, fr, es or pt (default: the system locale's, else
    /// English). The file's own texts are kept as they are.
    #[arg(long, value_enum, ignore_case = true, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// `wizard`
#[derive(Debug, Args)]
pub struct WizardArgs {
    /// The assessment file to create or resume (asked for when omitted).
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: Option<PathBuf>,
    /// Templates used when rendering at the end.
    #[command(flatten)]
    pub templates: TemplateArgs,
    /// The language the wizard asks in (default: the system locale's, else English). A new
    /// assessment is written in it too; an existing one keeps its own.
    #[arg(long, value_enum, ignore_case = true, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// `init`
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The file to create; an existing file is never overwritten.
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
    /// The proposal's title, if you know it already.
    #[arg(long)]
    pub title: Option<String>,
    /// Rubrics to include, by id (repeat or separate with commas; default: all three built-in).
    #[arg(long = "rubric", value_name = "ID", value_delimiter = ',')]
    pub rubric_ids: Vec<String>,
    /// The language of the file: en, fr, es or pt. Its comments, questions, levels and
    /// mechanisms are written in it, and the brief it gives (`language` under [assessment]);
    /// keys and values stay the format's own. Default: the one the system locale names
    /// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, value_enum, ignore_case = true, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// `check`
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Assessment files to check.
    #[arg(required = true, value_hint = ValueHint::FilePath)]
    pub files: Vec<PathBuf>,
    /// Only report problems, not the list of unanswered questions.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print one JSON document on standard output instead: for each file, whether it is valid,
    /// its problems (severity, line, column, message, help) and its open questions. Nothing
    /// goes to standard error; the exit code is the same.
    #[arg(long)]
    pub json: bool,
    /// Exit with code 1 when any file has warnings, not only errors: for a CI job that keeps
    /// files free of answers that do not count, broken addresses and the like.
    #[arg(long)]
    pub strict: bool,
    /// The language of the warnings, the summary and the open questions: en, fr, es or pt.
    /// Default: the one the system locale names (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else
    /// English. The problems found in the file are said in it too, but for the words error,
    /// warning and help, which editors look for.
    #[arg(long, value_enum, ignore_case = true, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

/// `score`
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// The assessment file.
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
    /// Print the JSON brief instead of the scorecard.
    #[arg(long)]
    pub json: bool,
    /// The language of the scorecard (and of the JSON brief's texts).
    #[command(flatten)]
    pub lang: LangArgs,
}

/// `render`
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The assessment file.
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
    /// Output formats.
    #[command(flatten)]
    pub format: FormatArgs,
    /// Where to write: a file, a folder (gets `<input name>.<ext>`; an existing folder, a path
    /// ending in `/`, or a new path without an extension), or `-` for standard output.
    /// Default: the current folder.
    #[arg(short, long, value_name = "PATH", value_hint = ValueHint::AnyPath)]
    pub output: Option<PathBuf>,
    /// Templates and PDF settings.
    #[command(flatten)]
    pub templates: TemplateArgs,
    /// PDF settings.
    #[command(flatten)]
    pub pdf: PdfArgs,
    /// Language.
    #[command(flatten)]
    pub lang: LangArgs,
    /// Keep running and render again whenever the assessment file, the consultation ledger's CSV
    /// file it names, a `--rubrics` file or a `--templates` file changes (one line per render,
    /// with its time; Ctrl-C stops, with exit code 0). While the file is invalid, its problems
    /// are printed and the last good output stays.
    #[arg(long)]
    pub watch: bool,
}

/// `batch`
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Assessment files, or folders searched recursively for `*.toml` files (links are
    /// followed; hidden files and folders are skipped).
    #[arg(required = true, value_hint = ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,
    /// The folder to write into; the input folders' layout is mirrored inside it, and
    /// index.md, index.csv and index.json summarise the run there.
    #[arg(short, long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub output: PathBuf,
    /// Output formats.
    #[command(flatten)]
    pub format: FormatArgs,
    /// Parallel jobs (default: one per core; 1 processes inputs in order; at most 256).
    #[arg(short, long, value_name = "N", value_hint = ValueHint::Other,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=256))]
    pub jobs: Option<usize>,
    /// Stop at the first input that fails.
    #[arg(long)]
    pub fail_fast: bool,
    /// Also write a panel brief for every folder holding two or more assessments of the same
    /// proposal by the rule `panel` applies (the same title, reference, jurisdiction, stage, date
    /// its text was introduced and rubrics), named after the title
    /// (`<folder>/online-safety-bill-panel.<ext>`) and listed in the index as `<folder>/ (panel
    /// of N)`; a folder where a file fails gets no panel, as the file may be a member.
    #[arg(long)]
    pub panels: bool,
    /// Exit with 1 when any overall rating is this or worse
    /// (no-effect-found, strong, adequate, weak, serious-concerns, insufficient-evidence).
    #[arg(long, value_name = "RATING", value_parser = RatingParser)]
    pub fail_on: Option<crate::scoring::Rating>,
    /// No progress output (errors are still printed).
    #[arg(short, long)]
    pub quiet: bool,
    /// Templates.
    #[command(flatten)]
    pub templates: TemplateArgs,
    /// PDF settings.
    #[command(flatten)]
    pub pdf: PdfArgs,
    /// Language.
    #[command(flatten)]
    pub lang: LangArgs,
}

/// `rubric ...`
#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// List the available rubrics.
    List {
        /// The language of the list: en, fr, es or pt (default: the system locale's, else
        /// English).
        #[arg(long, value_enum, ignore_case = true, value_name = "LANG")]
        lang: Option<crate::i18n::Lang>,
    },
    /// Show one rubric's questions, levels, mechanisms and sources.
    Show {
        /// Rubric id, e.g. `openness`.
        id: String,
        /// The language to show it in: en, fr, es or pt (default: the system locale's, else
        /// English). The rubric's translation gives the questions, levels and mechanisms; ids
        /// stay the same.
        #[arg(long, value_enum, ignore_case = true, value_name = "LANG")]
        lang: Option<crate::i18n::Lang>,
    },
    /// Check a rubric file for mistakes.
    Check {
        /// The rubric file.
        #[arg(value_hint = ValueHint::FilePath)]
        file: PathBuf,
    },
    /// Show how much of each rubric is translated into a language, and which questions are
    /// missing or were translated from an older English text (with the digest to write once the
    /// translation is brought up to date). Exit code 1 when anything is left in English.
    Translations {
        /// The language to report on.
        #[arg(long, value_enum)]
        lang: crate::i18n::Lang,
    },
}

/// The language of the documents a command writes.
#[derive(Debug, Args, Clone, Copy, Default)]
pub struct LangArgs {
    /// The language of the brief: en, fr, es or pt. Overrides `language` in the assessment's
    /// `[assessment]` table; without either, English. Headings, sentences, dates and the rubrics'
    /// questions, levels and advice are written in it; ids and JSON keys stay the same.
    #[arg(long, value_enum, ignore_case = true, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

impl LangArgs {
    /// Sets the language of `assessment`'s brief where the command line chose one.
    pub fn apply(self, assessment: &mut crate::model::Assessment) {
        if let Some(lang) = self.lang {
            assessment.brief_in(lang);
        }
    }
}

/// Output formats, shared by the commands that render.
#[derive(Debug, Args, Clone)]
pub struct FormatArgs {
    /// Output formats, one or several separated by commas: `-f pdf`, `-f md,pdf`. Default: md,
    /// or, where `-o` names one file rather than a folder, the format its extension names
    /// (`render -o brief.pdf`).
    #[arg(
        short,
        long = "format",
        value_name = "FORMAT",
        value_delimiter = ',',
        ignore_case = true
    )]
    pub formats: Vec<Format>,
}

impl FormatArgs {
    /// The formats asked for, each once, in a fixed order (Markdown when none was).
    pub fn unique(&self) -> Vec<Format> {
        let mut formats = if self.formats.is_empty() {
            vec![Format::Markdown]
        } else {
            self.formats.clone()
        };
        formats.sort();
        formats.dedup();
        formats
    }
}

/// Template overrides, shared by the commands that render.
#[derive(Debug, Args, Clone)]
pub struct TemplateArgs {
    /// Folder with templates that replace the built-in ones by file name (brief.md.tera,
    /// brief.html.tera, brief.typ; change.* for `diff`; panel.* for `panel`).
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub templates: Option<PathBuf>,
}

/// PDF settings, shared by the commands that render.
#[derive(Debug, Args, Clone)]
pub struct PdfArgs {
    /// Paper size of the PDF.
    #[arg(long, value_enum, default_value_t = Paper::A4)]
    pub paper: Paper,
    /// Make the PDF conform to a standard as well as being tagged.
    #[arg(long, value_enum, value_name = "STANDARD")]
    pub pdf_standard: Option<PdfStandard>,
    /// Which Typst compiler makes PDFs.
    #[arg(long, value_enum, default_value_t = EngineArg::Embedded)]
    pub engine: EngineArg,
    /// The typst program for `--engine typst-cli`.
    #[arg(long, value_name = "PATH", default_value = "typst", value_hint = ValueHint::ExecutablePath)]
    pub typst: PathBuf,
    /// A folder of more fonts for PDFs, searched with its subfolders; may be given more than once.
    #[arg(
        long = "font-path",
        value_name = "DIR",
        env = "IMPACT_BRIEF_FONT_PATHS",
        value_delimiter = FONT_PATHS_SEPARATOR,
        value_hint = ValueHint::DirPath
    )]
    pub font_paths: Vec<PathBuf>,
    /// Never use the system's fonts in PDFs (they are otherwise searched for characters the
    /// built-in fonts lack, such as Chinese, Japanese or Korean).
    #[arg(long, env = "IMPACT_BRIEF_IGNORE_SYSTEM_FONTS")]
    pub ignore_system_fonts: bool,
}

/// What separates folders in `IMPACT_BRIEF_FONT_PATHS`, as in `PATH`.
const FONT_PATHS_SEPARATOR: char = if cfg!(windows) { ';' } else { ':' };

/// `--engine`
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EngineArg {
    /// The compiler built into impact-brief.
    Embedded,
    /// The stand-alone `typst` program.
    TypstCli,
}

impl PdfArgs {
    /// The PDF settings these flags ask for.
    pub fn options(&self) -> crate::render::PdfOptions {
        crate::render::PdfOptions {
            engine: match self.engine {
                EngineArg::Embedded => crate::render::Engine::Embedded,
                EngineArg::TypstCli => crate::render::Engine::TypstCli(self.typst.clone()),
            },
            paper: self.paper,
            standard: self.pdf_standard,
            fonts: crate::render::typst::FontSettings {
                paths: self.font_paths.clone(),
                system: !self.ignore_system_fonts,
            },
        }
    }
}

/// Reads a rating by key or label (`serious-concerns`, "Serious concerns"), and tells shell
/// completions the keys, so that `--fail-on <TAB>` offers ratings rather than file names.
#[derive(Debug, Clone, Copy)]
struct RatingParser;

impl clap::builder::TypedValueParser for RatingParser {
    type Value = crate::scoring::Rating;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        let text = value.to_string_lossy();
        crate::scoring::Rating::parse(&text).ok_or_else(|| {
            use clap::error::{ContextKind, ContextValue};
            let keys = crate::scoring::Rating::ALL
                .iter()
                .map(|rating| rating.key().to_string())
                .collect();
            let flag = arg.map_or_else(|| "--fail-on".to_string(), ToString::to_string);
            // The parts of the mistake, as clap gives its own: said in the user's language, with
            // the key meant (`usage_error`).
            let mut error = clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(command);
            error.insert(ContextKind::InvalidArg, ContextValue::String(flag));
            error.insert(ContextKind::InvalidValue, ContextValue::String(text.into_owned()));
            error.insert(ContextKind::ValidValue, ContextValue::Strings(keys));
            error
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::scoring::Rating::ALL
                .iter()
                .map(|rating| clap::builder::PossibleValue::new(rating.key())),
        ))
    }
}

/// Parses the process's arguments, exiting with clap's message and code 2 on a usage error.
pub fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    // The usage lines are fixed only when clap has something to say (a mistake, `--help`): the
    // same arguments parsed again give the same message, now with them, and exit. A command line
    // that parses pays nothing for it.
    // So is the help, in the user's language: only when it is shown.
    let matches = Cli::command().try_get_matches().unwrap_or_else(|_| {
        let lang = crate::usage_error::language();
        plain_usage(crate::cli_help::localized(Cli::command(), lang))
            .try_get_matches()
            .unwrap_or_else(|error| said_and_exit(&error))
    });
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| said_and_exit(&error))
}

/// Says `error` in the user's language where there are words for it, else as clap does, and
/// exits with clap's code (2 for a mistake, 0 for `--help`). The help comes from a command
/// already in the language ([`crate::cli_help::localized`]); clap's own headings are put in it
/// here.
fn said_and_exit(error: &clap::Error) -> ! {
    use clap::error::ErrorKind;
    if let Some(text) = crate::usage_error::said(error) {
        crate::eprint_safe!("{text}");
        std::process::exit(2)
    }
    let lang = crate::usage_error::language();
    let help = matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if !help || lang == crate::i18n::Lang::En {
        error.exit()
    }
    // Rendered with its colours, which the stream keeps or strips as clap's own would.
    let text = crate::cli_help::with_clap_words(&error.render().ansi().to_string(), lang);
    use std::io::Write;
    // A reader that went away (`--help | head`) is no failure of the help.
    let _ = if error.use_stderr() {
        anstream::stderr().write_all(text.as_bytes())
    } else {
        anstream::stdout().write_all(text.as_bytes())
    };
    std::process::exit(error.exit_code())
}

/// `command` and every subcommand with their usage line as `--help` prints it. After a mistake,
/// clap's own usage line lists the flags that were given as if they were required ("Usage:
/// impact-brief panel --lang <LANG> --pdf-standard <STANDARD> <FILES>..."), which misleads
/// more than it helps.
fn plain_usage(mut command: clap::Command) -> clap::Command {
    command.build();
    fixed_usage(command)
}

fn fixed_usage(mut command: clap::Command) -> clap::Command {
    let usage = command.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage).to_string();
    command.override_usage(usage).mut_subcommands(fixed_usage)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
