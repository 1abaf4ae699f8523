//! A small deterministic random number generator (SplitMix64): every report draws from its own
//! stream, derived from the run's seed and the report's index, so a report is the same whatever
//! worker generates it and in whatever order.

/// A SplitMix64 stream.
#[derive(Debug, Clone)]
pub struct Rng(u64);

/// One SplitMix64 step of `z`.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// The stream of report `index` in the run seeded `seed`.
    pub fn for_report(seed: u64, index: u64) -> Rng {
        Rng(mix(seed ^ mix(index.wrapping_add(0x9E37_79B9_7F4A_7C15))))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// A number in `0..n` (0 when `n` is 0), by multiply-shift (bias below 2^-32 for the
    /// small ranges used here).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// A number in `lo..=hi` (`lo` when `hi < lo`).
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `per_mille` / 1000.
    pub fn chance(&mut self, per_mille: u64) -> bool {
        self.below(1000) < per_mille
    }

    /// True with probability `ppm` / 1,000,000.
    pub fn chance_ppm(&mut self, ppm: u64) -> bool {
        self.below(1_000_000) < ppm
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let i = self.below(items.len() as u64) as usize;
        &items[i.min(items.len().saturating_sub(1))]
    }

    /// An index drawn with the given weights (the last index when all weights are 0).
    pub fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut x = self.below(total);
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len().saturating_sub(1)
    }

    /// A count between 1 and `max`, spread evenly over orders of magnitude (as agency sizes
    /// are): first a number of digits, then a value with that many digits.
    pub fn magnitude(&mut self, max: u64) -> u64 {
        if max <= 1 {
            return max;
        }
        let digits = max.ilog10() + 1;
        let d = self.range(1, u64::from(digits)) as u32;
        let lo = 10u64.pow(d - 1);
        let hi = (10u64.pow(d) - 1).min(max);
        self.range(lo, hi)
    }

    /// `n` split into `parts` random non-negative parts that add up to `n`.
    pub fn split(&mut self, n: u64, parts: usize) -> Vec<u64> {
        if parts == 0 {
            return Vec::new();
        }
        let mut cuts: Vec<u64> = (1..parts).map(|_| self.range(0, n)).collect();
        cuts.sort_unstable();
        let mut out = Vec::with_capacity(parts);
        let mut prev = 0;
        for c in cuts {
            out.push(c - prev);
            prev = c;
        }
        out.push(n - prev);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn streams_are_deterministic_and_split_adds_up() {
        let mut a = Rng::for_report(1, 7);
        let mut b = Rng::for_report(1, 7);
        assert_eq!(a.next_u64(), b.next_u64());
        assert_ne!(
            Rng::for_report(1, 8).next_u64(),
            Rng::for_report(1, 7).next_u64()
        );
        for n in [0, 1, 5, 1000] {
            assert_eq!(a.split(n, 4).iter().sum::<u64>(), n);
        }
    }
}
