//! Agreement between coders: Krippendorff's alpha for ordinal data over a reliability matrix
//! (who gave which level to which unit), computed as Krippendorff computes it. Pure: no I/O.
//!
//! The computation follows Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
//!
//! 1. A unit is *pairable* when it has m_u ≥ 2 values. Units with fewer are left out entirely:
//!    their values are in no pair, so in no count below.
//! 2. The coincidence matrix: every ordered pair of values (c, k) given to one pairable unit by two
//!    different coders adds 1/(m_u − 1) to o_ck. Within a unit with n_uv values v this is
//!    o_ck += n_uc·n_uk/(m_u − 1) for c ≠ k, and o_cc += n_uc·(n_uc − 1)/(m_u − 1).
//! 3. The marginals n_c = Σ_k o_ck (the number of pairable values c) and n = Σ_c n_c.
//! 4. The ordinal difference between levels c ≤ k, from the frequencies of the levels used:
//!    δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², and δ²_kc = δ²_ck. Levels nobody used in a
//!    pairable unit have n_g = 0, so only the order of the levels matters, not their numbers.
//! 5. α = 1 − D_o/D_e = 1 − (n − 1)·Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck.
//!
//! There is no α without a pairable unit (`NotEnoughData`), nor when every pairable value is the
//! same level, since then the expected disagreement D_e is 0 (`NoVariation`).

use std::collections::BTreeMap;

use serde::Serialize;

/// The result: the coefficient, or why there is none, with what it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Alpha {
    /// The coefficient (1 = perfect agreement, 0 = chance, negative = systematic disagreement); None when it cannot be computed.
    pub value: Option<f64>,
    /// Coders with at least one pairable value.
    pub coders: usize,
    /// Units with at least two values (pairable units).
    pub units: usize,
    /// Why there is no value: `NotEnoughData` (fewer than two coders, or no unit with two values), `NoVariation` (every pairable value is the same: expected disagreement is 0).
    pub missing: Option<Missing>,
}

/// Why an [`Alpha`] has no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Missing {
    /// Fewer than two coders, or no unit with two values: there is no pair to compare.
    NotEnoughData,
    /// Every pairable value is the same level: the expected disagreement is 0.
    NoVariation,
}

/// Krippendorff's alpha for ordinal data over a reliability matrix: `units[u][c]` is the value
/// coder c gave unit u (a level 0..), or `None` where coder c did not rate unit u. Values are the
/// ordinal categories; the ordinal metric uses the frequencies of the values actually used
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section on ordinal metric).
///
/// Rows may differ in length: a coder past the end of a row did not rate that unit. See the
/// module documentation for the formula.
pub fn ordinal_alpha(units: &[Vec<Option<u32>>]) -> Alpha {
    // Step 1: the pairable units, each as its values' counts (level → n_uv), with who rated them.
    let mut pairable: Vec<BTreeMap<u32, usize>> = Vec::new();
    let mut coders: Vec<usize> = Vec::new();
    for row in units {
        let rated: Vec<(usize, u32)> = row.iter().enumerate().filter_map(|(c, v)| v.map(|v| (c, v))).collect();
        if rated.len() < 2 {
            continue;
        }
        let mut counts = BTreeMap::new();
        for &(coder, value) in &rated {
            *counts.entry(value).or_insert(0) += 1;
            coders.push(coder);
        }
        pairable.push(counts);
    }
    coders.sort_unstable();
    coders.dedup();
    let (coders, unit_count) = (coders.len(), pairable.len());
    let without = |missing| Alpha {
        value: None,
        coders,
        units: unit_count,
        missing: Some(missing),
    };
    if unit_count == 0 || coders < 2 {
        return without(Missing::NotEnoughData);
    }

    // The levels used in pairable units, in order: matrix index i stands for levels[i].
    let levels: Vec<u32> = {
        let mut levels: Vec<u32> = pairable.iter().flat_map(|counts| counts.keys().copied()).collect();
        levels.sort_unstable();
        levels.dedup();
        levels
    };
    if levels.len() < 2 {
        return without(Missing::NoVariation);
    }
    let index: BTreeMap<u32, usize> = levels.iter().enumerate().map(|(i, &level)| (level, i)).collect();
    let v = levels.len();

    // Step 2: the coincidence matrix o (v × v, row-major).
    let mut o = vec![0.0_f64; v * v];
    for counts in &pairable {
        let m_u: usize = counts.values().sum();
        let weight = 1.0 / (m_u - 1) as f64;
        for (c_level, &n_uc) in counts {
            for (k_level, &n_uk) in counts {
                let pairs = if c_level == k_level {
                    n_uc * (n_uc - 1)
                } else {
                    n_uc * n_uk
                };
                o[index[c_level] * v + index[k_level]] += pairs as f64 * weight;
            }
        }
    }

    // Step 3: the marginals n_c and the total n.
    let marginals: Vec<f64> = (0..v).map(|c| o[c * v..(c + 1) * v].iter().sum()).collect();
    let n: f64 = marginals.iter().sum();

    // Step 4: δ²_ck from cumulative frequencies: Σ_{g=c..k} n_g = cumulative[k + 1] − cumulative[c].
    let cumulative: Vec<f64> = std::iter::once(0.0)
        .chain(marginals.iter().scan(0.0, |total, n_g| {
            *total += n_g;
            Some(*total)
        }))
        .collect();
    let delta2 = |c: usize, k: usize| {
        let (low, high) = (c.min(k), c.max(k));
        let between = cumulative[high + 1] - cumulative[low] - (marginals[low] + marginals[high]) / 2.0;
        between * between
    };

    // Step 5: α = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
    let mut observed = 0.0;
    let mut expected = 0.0;
    for c in 0..v {
        for k in 0..v {
            let d = delta2(c, k);
            observed += o[c * v + k] * d;
            expected += marginals[c] * marginals[k] * d;
        }
    }
    Alpha {
        value: Some(1.0 - (n - 1.0) * observed / expected),
        coders,
        units: unit_count,
        missing: None,
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    /// `tests/fixtures/alpha.json`, written by `tests/fixtures/alpha.py` with the `krippendorff`
    /// Python package.
    #[derive(Deserialize)]
    struct Fixtures {
        cases: Vec<Case>,
    }

    #[derive(Deserialize)]
    struct Case {
        name: String,
        source: String,
        alpha: Option<f64>,
        missing: Option<String>,
        coders: usize,
        units: usize,
        /// Units × coders, `null` where a coder did not rate a unit.
        matrix: Vec<Vec<Option<u32>>>,
    }

    fn fixtures() -> Vec<Case> {
        serde_json::from_str::<Fixtures>(include_str!("../tests/fixtures/alpha.json"))
            .expect("alpha.json")
            .cases
    }

    fn fixture(name: &str) -> Case {
        fixtures()
            .into_iter()
            .find(|case| case.name == name)
            .expect("no such fixture")
    }

    fn missing_name(missing: Option<Missing>) -> Option<String> {
        missing.map(|missing| {
            serde_json::to_value(missing)
                .expect("serialize")
                .as_str()
                .expect("a string")
                .to_owned()
        })
    }

    #[test]
    fn agrees_with_the_python_package_on_every_fixture() {
        let cases = fixtures();
        assert!(cases.len() >= 19, "{} fixtures", cases.len());
        for case in cases {
            let got = ordinal_alpha(&case.matrix);
            let context = format!("{} ({}): got {got:?}", case.name, case.source);
            match (got.value, case.alpha) {
                (Some(got), Some(want)) => assert!((got - want).abs() < 1e-9, "{context}, want {want}"),
                (None, None) => {}
                (got, want) => panic!("{context}: value {got:?}, want {want:?}"),
            }
            assert_eq!(missing_name(got.missing), case.missing, "{context}");
            assert_eq!((got.coders, got.units), (case.coders, case.units), "{context}");
        }
    }

    #[test]
    fn the_published_example_is_0_815() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": α_ordinal = 0.815.
        let alpha = ordinal_alpha(&fixture("krippendorff-2011").matrix);
        let value = alpha.value.expect("a value");
        assert!((value - 0.815).abs() < 0.0005, "{value}");
        // Unit 12 has a single value, so 11 pairable units; all 4 coders have a pairable value.
        assert_eq!((alpha.coders, alpha.units, alpha.missing), (4, 11, None));
    }

    #[test]
    fn perfect_agreement_is_1() {
        let alpha = ordinal_alpha(&fixture("perfect-agreement").matrix);
        assert_eq!(alpha.value, Some(1.0));
    }

    #[test]
    fn systematic_disagreement_is_negative() {
        let value = ordinal_alpha(&fixture("systematic-disagreement").matrix)
            .value
            .expect("a value");
        assert!(value < 0.0, "{value}");
    }

    #[test]
    fn a_unit_with_a_single_value_is_not_pairable() {
        let case = fixture("single-value-unit");
        let with = ordinal_alpha(&case.matrix);
        let without = ordinal_alpha(&case.matrix[..case.matrix.len() - 1]);
        assert_eq!(with, without);
        assert_eq!(with.units, 4);
    }

    #[test]
    fn only_the_order_of_the_levels_counts() {
        let case = fixture("sparse-levels");
        let dense: Vec<Vec<Option<u32>>> = case
            .matrix
            .iter()
            .map(|row| {
                row.iter()
                    .map(|v| {
                        v.map(|v| {
                            u32::try_from([0, 7, 100].iter().position(|&l| l == v).expect("a level")).expect("small")
                        })
                    })
                    .collect()
            })
            .collect();
        let (sparse, dense) = (ordinal_alpha(&case.matrix), ordinal_alpha(&dense));
        let (sparse, dense) = (sparse.value.expect("a value"), dense.value.expect("a value"));
        assert!((sparse - dense).abs() < 1e-12, "{sparse} vs {dense}");
    }

    #[test]
    fn one_coder_is_not_enough_data() {
        let alpha = ordinal_alpha(&fixture("one-coder").matrix);
        assert_eq!(
            alpha,
            Alpha {
                value: None,
                coders: 0,
                units: 0,
                missing: Some(Missing::NotEnoughData)
            }
        );
    }

    #[test]
    fn no_data_is_not_enough_data() {
        let empty = Alpha {
            value: None,
            coders: 0,
            units: 0,
            missing: Some(Missing::NotEnoughData),
        };
        assert_eq!(ordinal_alpha(&[]), empty);
        assert_eq!(ordinal_alpha(&[vec![], vec![None, None], vec![Some(3)]]), empty);
    }

    #[test]
    fn all_values_equal_is_no_variation() {
        let alpha = ordinal_alpha(&fixture("all-equal").matrix);
        assert_eq!(
            alpha,
            Alpha {
                value: None,
                coders: 3,
                units: 3,
                missing: Some(Missing::NoVariation)
            }
        );
        // A different value in a unit that has no other value does not count.
        let alpha = ordinal_alpha(&fixture("pairable-all-equal").matrix);
        assert_eq!(alpha.missing, Some(Missing::NoVariation));
    }

    #[test]
    fn rows_may_differ_in_length() {
        let ragged = [vec![Some(0), Some(1)], vec![Some(2), Some(2), Some(3)], vec![Some(1)]];
        let padded = [
            vec![Some(0), Some(1), None],
            vec![Some(2), Some(2), Some(3)],
            vec![Some(1), None, None],
        ];
        assert_eq!(ordinal_alpha(&ragged), ordinal_alpha(&padded));
        assert_eq!(ordinal_alpha(&ragged).coders, 3);
    }

    #[test]
    fn serializes_missing_in_kebab_case() {
        let alpha = Alpha {
            value: None,
            coders: 1,
            units: 0,
            missing: Some(Missing::NotEnoughData),
        };
        assert_eq!(
            serde_json::to_string(&alpha).expect("serialize"),
            r#"{"value":null,"coders":1,"units":0,"missing":"not-enough-data"}"#
        );
        assert_eq!(
            serde_json::to_string(&Missing::NoVariation).expect("serialize"),
            r#""no-variation""#
        );
    }
}
