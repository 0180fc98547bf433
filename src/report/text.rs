//! The sentences of the section "How views were reflected", written from the consultation's
//! numbers in the brief's language: the facts, the five indicators, the notes under the tables,
//! the rejections listed, the levels the ledger points to and the indicators' definitions.

use crate::consultation::{
    BENCHMARK_WEEKS, ConsultationPart, ConsultationView, FEW_SUBMISSIONS, Fact, GroupRef, Indicator, LeadLine,
    RejectionLine, TableCell, TableView, UnreasonedRejection, uptake_gap,
};
use crate::i18n::{Lang, long_date, tr};
use crate::report::percentage_points;

/// Fills `view`'s sentences in `lang` (and its displays that hold words, such as "8 weeks").
pub fn consultation_text(view: &mut ConsultationView, lang: Lang) {
    fill_displays(view, lang);
    view.facts = facts(view, lang);
    view.indicators = indicators(view, lang);
    fill_table_notes(view, lang);
    view.rejections = view
        .unreasoned_rejections
        .iter()
        .take(view.unreasoned_listed)
        .map(|rejection| rejection_line(rejection, lang))
        .collect();
    fill_rejection_notes(view, lang);
    fill_suggestion_notes(view, lang);
    view.rules = rules(lang);
    view.parts = parts(view, lang);
}

/// "yes"/"no", the selector the catalogue's messages branch on.
fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

/// Owns the displays that hold words: the length in weeks, the response time in days and the
/// uptake gap in percentage points.
fn fill_displays(view: &mut ConsultationView, lang: Lang) {
    let t = &mut view.timeliness;
    if let Some(length) = t.length_weeks {
        // Weeks to one decimal, a whole number without it.
        let rounded = (length * 10.0).round() / 10.0;
        t.length_display = crate::tr!(lang, "brief-text-weeks", weeks = rounded);
    }
    if let Some(response) = t.response_days {
        t.response_display = crate::tr!(lang, "brief-text-days", days = response);
    }
    if let Some(gap) = &mut view.uptake_gap {
        gap.display = percentage_points(gap.gap, lang);
    }
}

/// Owns the facts listed above the indicators: dates, channels, the published response and the
/// count of submissions.
fn facts(view: &ConsultationView, lang: Lang) -> Vec<Fact> {
    let date = |d: Option<time::Date>| d.map(|d| long_date(lang, d));
    let mut facts = Vec::new();
    let mut fact = |id: &'static str, label: &str, value: String, link: Option<String>| {
        facts.push(Fact {
            id,
            label: tr(lang, label),
            value,
            link,
        });
    };
    if let Some(opened) = date(view.opened) {
        fact("opened", "brief-opened", opened, None);
    }
    if let Some(closed) = date(view.closed) {
        fact("closed", "brief-closed", closed, None);
    }
    if !view.channels.is_empty() {
        // A channel named by one of the ids the README lists is said in words; any other, as
        // written.
        let channels: Vec<&str> = view
            .channels
            .iter()
            .map(|channel| {
                ["portal", "written", "meeting", "hearing", "survey"]
                    .into_iter()
                    .find(|id| id == channel)
                    .map_or(channel.as_str(), |id| crate::words::word_of(lang, "channel-", id))
            })
            .collect();
        fact(
            "channels",
            "brief-channels",
            channels.join(&tr(lang, "semicolon")),
            None,
        );
    }
    if let Some(url) = &view.response_url {
        fact(
            "response",
            "brief-published-response",
            url.clone(),
            view.response_link.clone(),
        );
    }
    let mut submissions = crate::tr!(
        lang,
        "brief-text-submissions",
        submissions = view.submissions,
        considered = view.considered
    );
    // A ledger of some of the responses describes those, not the consultation: said where the
    // counts are, so that no share below is read as the whole consultation's.
    if let Some(received) = view.received.filter(|&received| received > view.submissions as u64) {
        submissions.push_str(&crate::i18n::tr(lang, "semicolon"));
        submissions.push_str(&crate::tr!(
            lang,
            "brief-text-received",
            received = crate::report::count(received, lang),
            // The shares are over the submissions counted in them, withdrawn ones left out.
            considered = crate::report::count(view.considered as u64, lang)
        ));
    }
    fact("submissions", "brief-submissions", submissions, None);
    facts
}

/// Owns the five indicators, each with its value and the sentence that says how it was reached.
fn indicators(view: &ConsultationView, lang: Lang) -> Vec<Indicator> {
    let t = &view.timeliness;
    let share = |id: &str, count: usize, total: usize| crate::tr!(lang, id, count = count, total = total);
    vec![
        Indicator {
            id: "response-coverage",
            label: tr(lang, "brief-response-coverage"),
            value: view.response_coverage.display.clone(),
            basis: share(
                if view.answered_by_theme {
                    "brief-text-response-coverage-by-theme"
                } else {
                    "brief-text-response-coverage"
                },
                view.response_coverage.count,
                view.response_coverage.total,
            ),
            met: None,
        },
        Indicator {
            id: "reasoned-rejections",
            label: tr(lang, "brief-reasoned-rejections"),
            value: view.reasoned_rejections.display.clone(),
            basis: share(
                "brief-text-reasoned-rejections",
                view.reasoned_rejections.count,
                view.reasoned_rejections.total,
            ),
            met: None,
        },
        Indicator {
            id: "uptake-gap",
            label: tr(lang, "brief-uptake-gap"),
            value: view
                .uptake_gap
                .as_ref()
                .map_or_else(|| "–".to_string(), |gap| gap.display.clone()),
            basis: match &view.uptake_gap {
                Some(gap) => crate::tr!(
                    lang,
                    "brief-text-gap-between",
                    best = gap.best.label,
                    worst = gap.worst.label
                ),
                None => tr(lang, "brief-text-gap-none"),
            },
            met: None,
        },
        Indicator {
            id: "length",
            label: tr(lang, "brief-consultation-length"),
            value: t.length_display.clone(),
            basis: length_basis(view, lang),
            met: t.length_meets_benchmark,
        },
        Indicator {
            id: "response-time",
            label: tr(lang, "brief-response-time"),
            value: t.response_display.clone(),
            basis: response_basis(view, lang),
            met: t.response_within_benchmark,
        },
    ]
}

/// Owns the sentence saying how the consultation's length compares with the benchmark.
fn length_basis(view: &ConsultationView, lang: Lang) -> String {
    match (view.opened, view.closed, view.timeliness.length_meets_benchmark) {
        (Some(opened), Some(closed), Some(met)) => crate::tr!(
            lang,
            "brief-text-length",
            opened = long_date(lang, opened),
            closed = long_date(lang, closed),
            weeks = BENCHMARK_WEEKS,
            met = yes_no(met)
        ),
        _ => tr(lang, "brief-text-length-unknown"),
    }
}

/// Owns the sentence saying how the time to the published response compares with the benchmark.
fn response_basis(view: &ConsultationView, lang: Lang) -> String {
    let t = &view.timeliness;
    match (t.response_date, t.response_within_benchmark) {
        (Some(response), Some(met)) => crate::tr!(
            lang,
            "brief-text-response-time",
            from = t.response_date_from.unwrap_or("submissions"),
            date = long_date(lang, response),
            weeks = BENCHMARK_WEEKS,
            days = BENCHMARK_WEEKS * 7,
            met = yes_no(met)
        ),
        _ => tr(lang, "brief-text-response-time-unknown"),
    }
}

/// Owns the notes under the uptake and participation tables.
fn fill_table_notes(view: &mut ConsultationView, lang: Lang) {
    view.uptake_note = match (&view.uptake_gap, view.uptake.is_empty()) {
        (_, true) => tr(lang, "brief-text-uptake-none"),
        (Some(gap), false) => crate::tr!(
            lang,
            "brief-text-uptake-gap",
            best = gap.best.label,
            worst = gap.worst.label,
            gap = gap.display.clone()
        ),
        (None, false) => tr(lang, "brief-text-uptake-no-gap"),
    };
    if let Some(caveat) = small_groups_caveat(view, lang) {
        view.uptake_note.push(' ');
        view.uptake_note.push_str(&caveat);
    }
    view.participation_note = if view.absent_groups.is_empty() {
        tr(lang, "brief-text-no-absent-group")
    } else {
        let groups: Vec<&str> = view.absent_groups.iter().map(|group| group.label).collect();
        crate::tr!(lang, "brief-text-absent-groups", groups = groups.join(", "))
    };
}

/// Where the best- or the worst-served group rests on a handful of submissions, a share of them
/// says little: names those groups, and gives the gap among the groups with enough submissions
/// to compare, where there are two. Small groups are never left out of the gap itself, since the
/// voices with fewest submissions are often the ones a consultation failed to reach.
fn small_groups_caveat(view: &ConsultationView, lang: Lang) -> Option<String> {
    let gap = view.uptake_gap.as_ref()?;
    let small = |id: &str| {
        view.uptake
            .iter()
            .find(|row| row.group.id == id)
            .is_some_and(|row| row.submissions < FEW_SUBMISSIONS)
    };
    let named: Vec<&str> = [gap.best, gap.worst]
        .into_iter()
        .filter(|group| small(group.id))
        .map(|group| group.label)
        .collect();
    if named.is_empty() {
        return None;
    }
    let groups = crate::i18n::and_list(&named, lang);
    // The gap by the headline's own rule, among the groups large enough to compare.
    let among_larger = uptake_gap(view.uptake.iter().filter(|row| row.submissions >= FEW_SUBMISSIONS));
    let shown = |group: &GroupRef| {
        view.uptake
            .iter()
            .find(|row| row.group.id == group.id)
            .map(|row| row.display.clone())
            .unwrap_or_default()
    };
    Some(match among_larger {
        Some(larger) => crate::tr!(
            lang,
            "brief-text-uptake-small-groups",
            groups = groups,
            count = named.len(),
            few = FEW_SUBMISSIONS,
            gap = percentage_points(larger.gap, lang),
            best = larger.best.label,
            best_uptake = shown(&larger.best),
            worst = larger.worst.label,
            worst_uptake = shown(&larger.worst)
        ),
        _ => crate::tr!(
            lang,
            "brief-text-uptake-small-groups-only",
            groups = groups,
            count = named.len(),
            few = FEW_SUBMISSIONS
        ),
    })
}

/// Owns one listed rejection without a recorded reason: who asked, for what, and what became of it.
fn rejection_line(s: &UnreasonedRejection, lang: Lang) -> RejectionLine {
    let submitter = if s.submitter == "anonymous" {
        tr(lang, "brief-text-anonymous")
    } else {
        s.submitter.clone()
    };
    let mut text = String::new();
    if let Some(provision) = &s.provision {
        text.push_str(&crate::tr!(
            lang,
            "brief-text-rejection-provision",
            provision = provision.clone()
        ));
    }
    if let Some(asked) = &s.asked {
        text.push_str(&tr(lang, "colon"));
        text.push(' ');
        text.push_str(asked);
    }
    text.push_str(" — ");
    text.push_str(&match &s.merged_into {
        Some(into) => crate::tr!(
            lang,
            "brief-text-rejection-merged",
            outcome = s.outcome_label,
            merged_into = into.clone()
        ),
        None => s.outcome_label.to_string(),
    });
    text.push_str(", ");
    // A legitimate reason that is not counted can only be "addressed elsewhere" without the
    // provision that addresses it: said as such, not as no reason at all.
    let recorded = match s.reason {
        Some("addressed-elsewhere") => "elsewhere",
        Some(_) => "yes",
        None => "no",
    };
    text.push_str(&crate::tr!(lang, "brief-text-rejection-reason", recorded = recorded));
    text.push('.');
    RejectionLine {
        id: s.id.clone(),
        who: crate::tr!(
            lang,
            "brief-text-rejection-who",
            submitter = submitter,
            group = s.group.label
        ),
        text,
    }
}

/// Owns the notes around the listed rejections: why none are listed, and how many were left out.
fn fill_rejection_notes(view: &mut ConsultationView, lang: Lang) {
    view.rejections_note = match (view.unreasoned_rejections.is_empty(), view.reasoned_rejections.total) {
        (false, _) => None,
        (true, 0) => Some(tr(lang, "brief-text-rejections-none")),
        (true, _) => Some(tr(lang, "brief-text-rejections-all-reasoned")),
    };
    view.more_note = (view.unreasoned_not_listed > 0)
        .then(|| crate::tr!(lang, "brief-text-rejections-more", count = view.unreasoned_not_listed));
}

/// Owns the reasons and notes of the levels the ledger points to: feedback for every rubric but
/// inclusiveness, whose reason is the uptake gap between groups.
fn fill_suggestion_notes(view: &mut ConsultationView, lang: Lang) {
    let because_feedback = match view.timeliness.response_days {
        Some(days) => crate::tr!(
            lang,
            "brief-text-because-feedback-days",
            count = view.response_coverage.count,
            total = view.response_coverage.total,
            reasoned = view.reasoned_rejections.count,
            rejections = view.reasoned_rejections.total,
            days = days
        ),
        None => crate::tr!(
            lang,
            "brief-text-because-feedback",
            count = view.response_coverage.count,
            total = view.response_coverage.total,
            reasoned = view.reasoned_rejections.count,
            rejections = view.reasoned_rejections.total
        ),
    };
    let because_balance = view.uptake_gap.as_ref().map(|gap| {
        crate::tr!(
            lang,
            "brief-text-because-balance",
            gap = gap.display.clone(),
            best = gap.best.label,
            worst = gap.worst.label
        )
    });
    for suggestion in &mut view.suggested_levels {
        suggestion.because = if suggestion.question.rubric() == "inclusiveness" {
            because_balance.clone().unwrap_or_default()
        } else {
            because_feedback.clone()
        };
        let chosen = match suggestion.chosen {
            None => "none",
            Some(_) if !suggestion.departs => "same",
            Some(_) => "other",
        };
        suggestion.note = crate::tr!(
            lang,
            "brief-text-suggestion",
            level = suggestion.level,
            because = suggestion.because.clone(),
            chosen = chosen,
            chosen_level = suggestion.chosen.unwrap_or_default()
        );
    }
}

/// Owns the indicators' definitions printed under the section.
fn rules(lang: Lang) -> Vec<String> {
    [
        "brief-text-consultation-rule-outcome",
        "brief-text-consultation-rule-coverage",
        "brief-text-consultation-rule-reasoned",
        "brief-text-consultation-rule-uptake",
        "brief-text-consultation-rule-participation",
    ]
    .iter()
    .map(|id| tr(lang, id))
    .chain([crate::tr!(
        lang,
        "brief-text-consultation-rule-timeliness",
        weeks = BENCHMARK_WEEKS,
        days = BENCHMARK_WEEKS * 7
    )])
    .collect()
}

/// Owns the parts of the section after its facts, in the order every layout prints them: each
/// heading, table (with its column headings) and list line, from the pieces filled above.
fn parts(view: &ConsultationView, lang: Lang) -> Vec<ConsultationPart> {
    let label = |key: &str| tr(lang, &format!("brief-{}", key.replace('_', "-")));
    let cell = |text: String| TableCell { text, flag: false };
    let table = |caption: &str, header: &[&str], numeric: &[usize], widths: &[usize], rows: Vec<Vec<TableCell>>| {
        (!rows.is_empty()).then(|| TableView {
            caption: label(caption),
            header: header.iter().map(|key| label(key)).collect(),
            rows,
            numeric: numeric.to_vec(),
            widths: widths.to_vec(),
        })
    };
    let part = |id, heading: &str, table, lines, notes: Vec<Option<String>>| ConsultationPart {
        id,
        heading: label(heading),
        table,
        lines,
        notes: notes.into_iter().flatten().collect(),
    };
    let indicators = view.indicators.iter().map(|indicator| {
        let basis = TableCell {
            text: indicator.basis.clone(),
            flag: indicator.met == Some(false),
        };
        vec![cell(indicator.label.clone()), cell(indicator.value.clone()), basis]
    });
    let uptake = view.uptake.iter().map(|group| {
        let counts = [group.submissions, group.accepted, group.partially_accepted];
        let counts = counts.iter().map(|count| cell(count.to_string()));
        std::iter::once(cell(group.group.label.to_string()))
            .chain(counts)
            .chain([cell(group.display.clone())])
            .collect()
    });
    let participation = view.participation.iter().map(|group| {
        vec![
            cell(group.group.label.to_string()),
            cell(group.submissions.to_string()),
            cell(group.display.clone()),
        ]
    });
    let rejections = view.rejections.iter().map(|rejection| LeadLine {
        lead: rejection.id.clone(),
        rest: format!(", {}{}", rejection.who, rejection.text),
    });
    let suggestions = view.suggested_levels.iter().map(|suggested| LeadLine {
        lead: suggested
            .prompt
            .clone()
            .unwrap_or_else(|| suggested.question.to_string()),
        // After a question, a dash rather than a colon ("…taken up?: the ledger…").
        rest: format!(" — {}", suggested.note),
    });
    let group_columns = ["group", "submissions", "accepted", "partially_accepted", "uptake"];
    let mut parts = vec![
        part(
            "indicators",
            "indicators",
            table(
                "indicators",
                &["indicator", "value", "what_it_counts"],
                &[1],
                &[25, 15, 60],
                indicators.collect(),
            ),
            Vec::new(),
            Vec::new(),
        ),
        part(
            "uptake",
            "uptake_by_group",
            table(
                "uptake_chart_title",
                &group_columns,
                &[1, 2, 3, 4],
                &[36, 16, 16, 16, 16],
                uptake.collect(),
            ),
            Vec::new(),
            vec![Some(view.uptake_note.clone())],
        ),
        part(
            "participation",
            "participation_by_group",
            table(
                "participation_by_group",
                &["group", "submissions", "share"],
                &[1, 2],
                &[60, 20, 20],
                participation.collect(),
            ),
            Vec::new(),
            vec![Some(view.participation_note.clone())],
        ),
        part(
            "unreasoned",
            "unreasoned",
            None,
            rejections.collect(),
            vec![view.more_note.clone(), view.rejections_note.clone()],
        ),
    ];
    if !view.suggested_levels.is_empty() {
        parts.push(part(
            "suggested-levels",
            "ledger_and_questions",
            None,
            suggestions.collect(),
            Vec::new(),
        ));
    }
    parts
}
