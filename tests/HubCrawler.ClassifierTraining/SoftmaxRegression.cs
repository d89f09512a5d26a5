namespace HubCrawler.ClassifierTraining;

/// <summary>
/// Fits a multinomial logistic regression with an L2 penalty by L-BFGS on the full batch:
/// minimise Σ wᵢ·(−log p(yᵢ|xᵢ)) / Σ wᵢ + λ/2·‖W‖² (biases unpenalised). The objective is convex
/// and the optimiser is deterministic, so the same data gives the same weights.
/// </summary>
internal static class SoftmaxRegression
{
    private const int History = 10;
    private const int MaxIterations = 1000;

    /// <param name="documents">Per example, the indices of its (binary) features.</param>
    /// <returns>Weights feature-major (w[f·k + c]) and biases.</returns>
    public static (double[] Weights, double[] Bias) Fit(int[][] documents, int[] labels, double[] sampleWeights, int featureCount, int classes, double l2) =>
        Fit(documents, null, labels, sampleWeights, featureCount, classes, l2);

    /// <param name="dense">Optional real-valued features per example (all of one length D), weighted after the
    /// binary ones: feature index featureCount + d.</param>
    public static (double[] Weights, double[] Bias) Fit(int[][] documents, float[][]? dense, int[] labels, double[] sampleWeights, int featureCount, int classes, double l2)
    {
        var width = dense is { Length: > 0 } ? dense[0].Length : 0;
        featureCount += width;
        var n = featureCount * classes + classes;
        var objective = new Objective(documents, dense, featureCount - width, labels, sampleWeights, featureCount, classes, l2);
        var x = new double[n];
        var g = new double[n];
        var f = objective.Evaluate(x, g);
        var s = new List<double[]>();
        var y = new List<double[]>();
        var direction = new double[n];
        var next = new double[n];
        var nextGradient = new double[n];

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            TwoLoop(g, s, y, direction);
            var slope = Dot(direction, g);
            if (slope >= 0)
            {
                // Not a descent direction (curvature information went stale): restart from steepest descent.
                s.Clear(); y.Clear();
                for (var i = 0; i < n; i++) direction[i] = -g[i];
                slope = Dot(direction, g);
            }
            var step = iteration == 0 ? 1.0 / Math.Sqrt(Dot(g, g)) : 1.0;
            double nextF;
            while (true)
            {
                for (var i = 0; i < n; i++) next[i] = x[i] + step * direction[i];
                nextF = objective.Evaluate(next, nextGradient);
                if (nextF <= f + 1e-4 * step * slope) break;
                step *= 0.5;
                if (step < 1e-12) return Split(x, featureCount, classes);
            }
            var sk = new double[n];
            var yk = new double[n];
            for (var i = 0; i < n; i++) { sk[i] = next[i] - x[i]; yk[i] = nextGradient[i] - g[i]; }
            if (Dot(sk, yk) > 1e-12)
            {
                s.Add(sk); y.Add(yk);
                if (s.Count > History) { s.RemoveAt(0); y.RemoveAt(0); }
            }
            var converged = Math.Abs(f - nextF) <= 1e-10 * Math.Max(1, Math.Abs(f)) || MaxAbs(nextGradient) < 1e-7;
            (x, next) = (next, x);
            (g, nextGradient) = (nextGradient, g);
            f = nextF;
            if (converged) break;
        }
        return Split(x, featureCount, classes);
    }

    private static (double[], double[]) Split(double[] x, int featureCount, int classes) =>
        (x[..(featureCount * classes)], x[(featureCount * classes)..]);

    private static void TwoLoop(double[] g, List<double[]> s, List<double[]> y, double[] direction)
    {
        var m = s.Count;
        var alpha = new double[m];
        for (var i = 0; i < g.Length; i++) direction[i] = -g[i];
        for (var j = m - 1; j >= 0; j--)
        {
            alpha[j] = Dot(s[j], direction) / Dot(y[j], s[j]);
            Axpy(-alpha[j], y[j], direction);
        }
        if (m > 0)
        {
            var gamma = Dot(s[m - 1], y[m - 1]) / Dot(y[m - 1], y[m - 1]);
            for (var i = 0; i < direction.Length; i++) direction[i] *= gamma;
        }
        for (var j = 0; j < m; j++)
        {
            var beta = Dot(y[j], direction) / Dot(y[j], s[j]);
            Axpy(alpha[j] - beta, s[j], direction);
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++) y[i] += a * x[i];
    }

    private static double MaxAbs(double[] a)
    {
        var max = 0.0;
        foreach (var v in a) max = Math.Max(max, Math.Abs(v));
        return max;
    }

    private sealed class Objective(int[][] documents, float[][]? dense, int denseOffset, int[] labels, double[] sampleWeights, int featureCount, int classes, double l2)
    {
        private readonly double _totalWeight = sampleWeights.Sum();

        public double Evaluate(double[] x, double[] gradient)
        {
            var k = classes;
            var biasOffset = featureCount * k;
            Array.Clear(gradient);
            var scores = new double[k];
            var loss = 0.0;
            for (var d = 0; d < documents.Length; d++)
            {
                for (var c = 0; c < k; c++) scores[c] = x[biasOffset + c];
                foreach (var f in documents[d])
                    for (var c = 0; c < k; c++) scores[c] += x[f * k + c];
                var values = dense?[d];
                if (values is not null)
                    for (var v = 0; v < values.Length; v++)
                    {
                        var offset = (denseOffset + v) * k;
                        for (var c = 0; c < k; c++) scores[c] += x[offset + c] * values[v];
                    }
                var max = scores.Max();
                var sum = 0.0;
                for (var c = 0; c < k; c++) sum += scores[c] = Math.Exp(scores[c] - max);
                var weight = sampleWeights[d] / _totalWeight;
                loss -= weight * Math.Log(scores[labels[d]] / sum);
                for (var c = 0; c < k; c++)
                {
                    var residual = weight * (scores[c] / sum - (c == labels[d] ? 1 : 0));
                    gradient[biasOffset + c] += residual;
                    foreach (var f in documents[d]) gradient[f * k + c] += residual;
                    if (values is not null)
                        for (var v = 0; v < values.Length; v++) gradient[(denseOffset + v) * k + c] += residual * values[v];
                }
            }
            for (var i = 0; i < biasOffset; i++)
            {
                loss += 0.5 * l2 * x[i] * x[i];
                gradient[i] += l2 * x[i];
            }
            return loss;
        }
    }
}
