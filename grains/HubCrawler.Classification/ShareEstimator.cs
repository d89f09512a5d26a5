namespace HubCrawler.Classification;

/// <summary>
/// Adjusted classify-and-count: how many of a set of citations truly hold each label, given how many the classifier
/// gave each label and the classifier's confusion measured on held-out data. With C[i][j] = P(predicted j | true i),
/// the expected predicted shares are q = Cᵀp; the estimate is the p on the simplex closest to the observed q (least
/// squares). The 95% interval is the delta method over both sources of error: the multinomial noise of the observed
/// counts and the noise of the confusion rows measured on a finite test split. It assumes the classifier errs on the
/// hub's citations as it did on the test split — which does not hold when the hub's field writes differently (see MODEL.md).
/// </summary>
public static class ShareEstimator
{
    private const double Z95 = 1.959964;

    /// <param name="predicted">Per label, how many citations the classifier gave it (its most probable label).</param>
    /// <param name="confusion">Held-out counts, confusion[true][predicted], in the same label order.</param>
    /// <returns>Per label, the estimated share (sums to 1) and the half-width of its 95% interval; zeros when nothing was predicted.</returns>
    public static (double[] Shares, double[] Margins) Correct(IReadOnlyList<int> predicted, IReadOnlyList<IReadOnlyList<int>> confusion)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(confusion);
        var k = predicted.Count;
        if (confusion.Count != k || confusion.Any(row => row.Count != k))
            throw new ArgumentException($"The confusion matrix must be {k}×{k}.", nameof(confusion));
        var n = predicted.Sum();
        if (n == 0) return (new double[k], new double[k]);

        // Half a count of smoothing per cell keeps a row that never saw a label from claiming it is impossible.
        var c = new double[k, k];
        var rowTotals = new double[k];
        for (var i = 0; i < k; i++)
        {
            rowTotals[i] = confusion[i].Sum() + 0.5 * k;
            for (var j = 0; j < k; j++) c[i, j] = (confusion[i][j] + 0.5) / rowTotals[i];
        }
        var q = predicted.Select(x => (double)x / n).ToArray();
        var a = new double[k, k]; // a = Cᵀ: a[j, i] = P(predicted j | true i)
        for (var i = 0; i < k; i++)
            for (var j = 0; j < k; j++) a[j, i] = c[i, j];
        var p = SimplexLeastSquares(a, q);

        var sigma = new double[k, k];
        for (var j = 0; j < k; j++)
            for (var l = 0; l < k; l++)
            {
                var observed = ((j == l ? q[j] : 0) - q[j] * q[l]) / n;
                var measured = 0.0;
                for (var i = 0; i < k; i++)
                    measured += p[i] * p[i] * ((j == l ? c[i, j] : 0) - c[i, j] * c[i, l]) / rowTotals[i];
                sigma[j, l] = observed + measured;
            }
        var margins = new double[k];
        if (Invert(a) is not { } inverse)
        {
            Array.Fill(margins, 1.0);
            return (p, margins);
        }
        for (var r = 0; r < k; r++)
        {
            var variance = 0.0;
            for (var j = 0; j < k; j++)
                for (var l = 0; l < k; l++) variance += inverse[r, j] * sigma[j, l] * inverse[r, l];
            margins[r] = Math.Min(1, Z95 * Math.Sqrt(Math.Max(0, variance)));
        }
        return (p, margins);
    }

    /// <summary>min ‖a·x − q‖² over x ≥ 0, Σx = 1: the optimum is the equality-constrained optimum of some face of the
    /// simplex, so every face is solved and the best feasible one kept (k is 3 here: seven faces).</summary>
    private static double[] SimplexLeastSquares(double[,] a, double[] q)
    {
        var k = q.Length;
        double[]? best = null;
        var bestResidual = double.MaxValue;
        for (var mask = 1; mask < 1 << k; mask++)
        {
            var support = Enumerable.Range(0, k).Where(i => (mask & (1 << i)) != 0).ToArray();
            var m = support.Length;
            // KKT system: [2AᵀA 1; 1ᵀ 0] [x; λ] = [2Aᵀq; 1].
            var system = new double[m + 1, m + 2];
            for (var r = 0; r < m; r++)
            {
                for (var s = 0; s < m; s++)
                {
                    var sum = 0.0;
                    for (var j = 0; j < k; j++) sum += a[j, support[r]] * a[j, support[s]];
                    system[r, s] = 2 * sum;
                }
                system[r, m] = 1;
                var right = 0.0;
                for (var j = 0; j < k; j++) right += a[j, support[r]] * q[j];
                system[r, m + 1] = 2 * right;
                system[m, r] = 1;
            }
            system[m, m + 1] = 1;
            if (Solve(system, m + 1) is not { } solution || solution.Take(m).Any(x => x < -1e-12)) continue;
            var x = new double[k];
            for (var r = 0; r < m; r++) x[support[r]] = Math.Max(0, solution[r]);
            var residual = 0.0;
            for (var j = 0; j < k; j++)
            {
                var fitted = 0.0;
                for (var i = 0; i < k; i++) fitted += a[j, i] * x[i];
                residual += (fitted - q[j]) * (fitted - q[j]);
            }
            if (residual < bestResidual - 1e-15) (best, bestResidual) = (x, residual);
        }
        var result = best ?? q.ToArray();
        var total = result.Sum();
        return result.Select(x => x / total).ToArray();
    }

    /// <summary>Gaussian elimination with partial pivoting on an n×(n+1) augmented matrix; null when singular.</summary>
    private static double[]? Solve(double[,] m, int n)
    {
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++) if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            if (Math.Abs(m[pivot, col]) < 1e-12) return null;
            if (pivot != col)
                for (var s = 0; s <= n; s++) (m[col, s], m[pivot, s]) = (m[pivot, s], m[col, s]);
            for (var r = 0; r < n; r++)
            {
                if (r == col) continue;
                var factor = m[r, col] / m[col, col];
                for (var s = col; s <= n; s++) m[r, s] -= factor * m[col, s];
            }
        }
        var x = new double[n];
        for (var r = 0; r < n; r++) x[r] = m[r, n] / m[r, r];
        return x;
    }

    private static double[,]? Invert(double[,] a)
    {
        var k = a.GetLength(0);
        var inverse = new double[k, k];
        for (var column = 0; column < k; column++)
        {
            var system = new double[k, k + 1];
            for (var r = 0; r < k; r++)
            {
                for (var s = 0; s < k; s++) system[r, s] = a[r, s];
                system[r, k] = r == column ? 1 : 0;
            }
            if (Solve(system, k) is not { } x) return null;
            for (var r = 0; r < k; r++) inverse[r, column] = x[r];
        }
        return inverse;
    }
}
