//! Tables of figures, and the ratios printed under them, computed from the tables' own
//! cells.
//!
//! A ratio is never computed beside a table from the raw samples: [`Table::ratio`] reads
//! the two cells it divides out of the table, and the line it returns names both
//! operands (`**0.802x** (15907 / 19841)`), so a printed ratio cannot disagree with the
//! table above it. (It once did: the tables showed the median of each client's rounds,
//! while the ratios were medians of per-round ratios, a different statistic that picks
//! other rounds; on a noisy run the two differed by 25%.)
//!
//! How much the rounds of a run differ is shown by [`per_round`]: one row per round,
//! each with that round's figures and the ratios of those same figures.

use crate::Sample;

/// A Markdown table of numbers: a label per row, one figure per column.
pub struct Table {
    corner: String,
    columns: Vec<(String, usize)>,
    rows: Vec<(String, Vec<f64>)>,
}

impl Table {
    /// A table whose first column is headed `corner`; `columns` are the headers of the
    /// figures, each with the number of decimals it is printed with.
    pub fn new(corner: &str, columns: &[(&str, usize)]) -> Table {
        Table {
            corner: corner.to_string(),
            columns: columns.iter().map(|(c, d)| (c.to_string(), *d)).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row; `cells` in the order of the columns.
    pub fn row(&mut self, label: impl Into<String>, cells: Vec<f64>) {
        assert_eq!(cells.len(), self.columns.len(), "one cell per column");
        self.rows.push((label.into(), cells));
    }

    /// The figure in row `row`, column `column`.
    pub fn cell(&self, row: &str, column: &str) -> f64 {
        let c = self
            .columns
            .iter()
            .position(|(name, _)| name == column)
            .unwrap_or_else(|| panic!("no column {column:?}"));
        let r = self
            .rows
            .iter()
            .find(|(label, _)| label == row)
            .unwrap_or_else(|| panic!("no row {row:?}"));
        r.1[c]
    }

    /// `row_a / row_b` in `column`, as `**1.234x** (a / b)` with both operands as the
    /// table prints them.
    pub fn ratio(&self, row_a: &str, row_b: &str, column: &str) -> String {
        let decimals = self.decimals(column);
        let (a, b) = (self.cell(row_a, column), self.cell(row_b, column));
        format!("**{:.3}x** ({a:.decimals$} / {b:.decimals$})", a / b)
    }

    /// `row` of this table / `row` of `other` in `column` (the same client against two
    /// servers), formatted as [`Table::ratio`].
    pub fn ratio_to(&self, other: &Table, row: &str, column: &str) -> String {
        let decimals = self.decimals(column);
        let (a, b) = (self.cell(row, column), other.cell(row, column));
        format!("**{:.3}x** ({a:.decimals$} / {b:.decimals$})", a / b)
    }

    fn decimals(&self, column: &str) -> usize {
        self.columns
            .iter()
            .find(|(name, _)| name == column)
            .map_or(0, |(_, d)| *d)
    }

    /// Prints the table in Markdown, followed by an empty line.
    pub fn print(&self) {
        let headers: Vec<&str> = self.columns.iter().map(|(c, _)| c.as_str()).collect();
        println!("| {} | {} |", self.corner, headers.join(" | "));
        println!("|---|{}", "---:|".repeat(self.columns.len()));
        for (label, cells) in &self.rows {
            let cells: Vec<String> = cells
                .iter()
                .zip(&self.columns)
                .map(|(v, (_, d))| format!("{v:.d$}"))
                .collect();
            println!("| {label} | {} |", cells.join(" | "));
        }
        println!();
    }
}

/// A figure derived from a sample, printed with `decimals` decimals.
pub struct Metric {
    pub name: &'static str,
    pub decimals: usize,
    pub of: fn(&Sample) -> f64,
}

/// One row per client: the median over its rounds of each metric. Each cell is the
/// median of its own column, so the cells of a row may come from different rounds.
pub fn medians(
    corner: &str,
    labels: &[&str],
    samples: &[Vec<Sample>],
    metrics: &[Metric],
) -> Table {
    let columns: Vec<(&str, usize)> = metrics.iter().map(|m| (m.name, m.decimals)).collect();
    let mut table = Table::new(corner, &columns);
    for (label, s) in labels.iter().zip(samples) {
        table.row(
            *label,
            metrics
                .iter()
                .map(|m| median(s.iter().map(m.of).collect()))
                .collect(),
        );
    }
    table
}

/// One row per round: `metric` for every client in that round, then the ratio of each
/// pair `(a, b)` of clients (indices into `labels`) in that same round. Below it, the
/// spread of those ratios over the rounds.
pub fn per_round(
    labels: &[&str],
    samples: &[Vec<Sample>],
    metric: &Metric,
    pairs: &[(usize, usize)],
) {
    let ratio_names: Vec<String> = pairs
        .iter()
        .map(|&(a, b)| format!("{} / {}", labels[a], labels[b]))
        .collect();
    let mut columns: Vec<(&str, usize)> = labels.iter().map(|l| (*l, metric.decimals)).collect();
    columns.extend(ratio_names.iter().map(|n| (n.as_str(), 3)));
    let mut table = Table::new(&format!("round ({})", metric.name), &columns);
    let rounds = samples.iter().map(Vec::len).min().unwrap_or(0);
    let mut ratios = vec![Vec::new(); pairs.len()];
    for r in 0..rounds {
        let figures: Vec<f64> = samples.iter().map(|s| (metric.of)(&s[r])).collect();
        let mut cells = figures.clone();
        for (p, &(a, b)) in pairs.iter().enumerate() {
            let ratio = figures[a] / figures[b];
            ratios[p].push(ratio);
            cells.push(ratio);
        }
        table.row(format!("{}", r + 1), cells);
    }
    table.print();
    if rounds < 2 {
        println!("- one round: no spread to show (BENCH_ROUNDS)\n");
        return;
    }
    for (name, mut values) in ratio_names.iter().zip(ratios) {
        values.sort_by(f64::total_cmp);
        if let (Some(lo), Some(hi)) = (values.first(), values.last()) {
            println!("- {name}, per round: {lo:.3}x to {hi:.3}x");
        }
    }
    let spread: Vec<String> = labels
        .iter()
        .zip(samples)
        .map(|(label, s)| {
            let v: Vec<f64> = s.iter().map(metric.of).collect();
            let (lo, hi) = v
                .iter()
                .fold((f64::MAX, f64::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
            format!("{label} {:.0}%", (hi / lo - 1.0) * 100.0)
        })
        .collect();
    println!(
        "- slowest round / fastest round, {}: {} (above ~10% the run was noisy: re-run on a quiet machine)\n",
        metric.name,
        spread.join(", ")
    );
}

/// The median (the mean of the middle two for an even count); NaN for no values.
pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ratio_is_read_from_the_cells_it_names() {
        let mut t = Table::new("client", &[("requests/s", 0)]);
        t.row("ours", vec![15907.0]);
        t.row("floor", vec![19841.0]);
        assert_eq!(
            t.ratio("ours", "floor", "requests/s"),
            "**0.802x** (15907 / 19841)"
        );
    }

    #[test]
    fn medians_of_columns_and_the_median_of_ratios_differ_on_uneven_rounds() {
        // The case that made the old §1 disagree with itself: the medians of each client's
        // rounds give 0.65x, the median of the per-round ratios 1.0x.
        let ours = [12.0, 16.0, 20.0, 13.0, 13.0];
        let floor = [12.0, 16.0, 20.0, 25.0, 25.0];
        let of_medians = median(ours.to_vec()) / median(floor.to_vec());
        let of_ratios = median(ours.iter().zip(&floor).map(|(a, b)| a / b).collect());
        assert!((of_medians - 0.65).abs() < 1e-9 && (of_ratios - 1.0).abs() < 1e-9);
    }
}
