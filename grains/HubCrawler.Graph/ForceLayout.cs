namespace HubCrawler.Graph;

/// <summary>A deterministic force-directed layout (Fruchterman–Reingold): nodes repel, edges pull, and the moves cool off
/// over a fixed number of iterations from positions drawn with a fixed seed, so one graph always gets one picture.</summary>
public static class ForceLayout
{
    public const int Iterations = 300;
    public const int Seed = 14;

    /// <summary>Positions for <paramref name="nodes"/> nodes joined by <paramref name="edges"/> (indices; direction ignored), scaled to [0, 1].</summary>
    public static LayoutPoint[] Compute(int nodes, IEnumerable<(int A, int B)> edges, int iterations = Iterations, int seed = Seed)
    {
        if (nodes == 0) return [];
        if (nodes == 1) return [new LayoutPoint(0.5, 0.5)];
        var links = edges.Where(e => e.A != e.B && e.A >= 0 && e.B >= 0 && e.A < nodes && e.B < nodes).ToArray();
        var random = new Random(seed);
        var x = new double[nodes];
        var y = new double[nodes];
        for (var i = 0; i < nodes; i++)
        {
            x[i] = random.NextDouble();
            y[i] = random.NextDouble();
        }
        var k = Math.Sqrt(1.0 / nodes);
        var dx = new double[nodes];
        var dy = new double[nodes];
        for (var step = 0; step < iterations; step++)
        {
            var temperature = 0.1 * (1 - (double)step / iterations) + 0.001;
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < nodes; i++)
            for (var j = i + 1; j < nodes; j++)
            {
                var (ux, uy, distance) = Apart(x[i] - x[j], y[i] - y[j], i, j);
                var force = k * k / distance;
                dx[i] += ux * force; dy[i] += uy * force;
                dx[j] -= ux * force; dy[j] -= uy * force;
            }
            foreach (var (a, b) in links)
            {
                var (ux, uy, distance) = Apart(x[a] - x[b], y[a] - y[b], a, b);
                var force = distance * distance / k;
                dx[a] -= ux * force; dy[a] -= uy * force;
                dx[b] += ux * force; dy[b] += uy * force;
            }
            for (var i = 0; i < nodes; i++)
            {
                // A weak pull to the centre keeps papers with no edges in the crawl from drifting off the picture.
                dx[i] += (0.5 - x[i]) * k;
                dy[i] += (0.5 - y[i]) * k;
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length == 0) continue;
                var move = Math.Min(length, temperature);
                x[i] += dx[i] / length * move;
                y[i] += dy[i] / length * move;
            }
        }
        return Normalise(x, y);
    }

    /// <summary>The unit vector from j to i and their distance; coincident nodes are pushed apart in a direction fixed by their indices.</summary>
    private static (double Ux, double Uy, double Distance) Apart(double ddx, double ddy, int i, int j)
    {
        var distance = Math.Sqrt(ddx * ddx + ddy * ddy);
        if (distance < 1e-9)
        {
            var angle = (i * 31 + j * 17) % 360 * Math.PI / 180;
            return (Math.Cos(angle), Math.Sin(angle), 1e-3);
        }
        return (ddx / distance, ddy / distance, Math.Max(distance, 1e-3));
    }

    private static LayoutPoint[] Normalise(double[] x, double[] y)
    {
        double minX = x.Min(), maxX = x.Max(), minY = y.Min(), maxY = y.Max();
        var spanX = Math.Max(maxX - minX, 1e-9);
        var spanY = Math.Max(maxY - minY, 1e-9);
        return x.Select((value, i) => new LayoutPoint((value - minX) / spanX, (y[i] - minY) / spanY)).ToArray();
    }
}
