package merchlab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Gauss-Legendre nodes integrate polynomials of degree 2n - 1 exactly; the trapezoid rule converges slowly. */
class QuadratureTest {
    @Test
    void gaussLegendreIsExactForPolynomialsUpToDegreeTwoNMinusOne() {
        for (int n : new int[] {1, 2, 5, 16, 64}) {
            Quadrature q = Quadrature.gaussLegendre(n);
            for (int degree = 0; degree <= 2 * n - 1 && degree < 30; degree++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += q.weights()[k] * Math.pow(q.nodes()[k], degree);
                }
                assertEquals(1.0 / (degree + 1), sum, 1e-12, "n=" + n + " degree " + degree);
            }
        }
    }

    @Test
    void threePointRuleHasTheTextbookNodes() {
        Quadrature q = Quadrature.gaussLegendre(3);
        assertEquals(0.5 - Math.sqrt(0.15), q.nodes()[0], 1e-14);
        assertEquals(0.5, q.nodes()[1], 1e-14);
        assertEquals(5.0 / 18, q.weights()[0], 1e-14);
        assertEquals(8.0 / 18, q.weights()[1], 1e-14);
    }

    @Test
    void gaussLegendreBeatsTrapezoidOnASigmoid() {
        double exact = Math.log1p(Math.exp(4)) / 4 - Math.log(2) / 4;
        double gl = 0;
        Quadrature g = Quadrature.gaussLegendre(8);
        for (int k = 0; k < 8; k++) {
            gl += g.weights()[k] / (1 + Math.exp(-4 * g.nodes()[k]));
        }
        double tr = 0;
        Quadrature t = Quadrature.trapezoid(8);
        for (int k = 0; k < t.size(); k++) {
            tr += t.weights()[k] / (1 + Math.exp(-4 * t.nodes()[k]));
        }
        assertEquals(exact, gl, 1e-8);
        assertEquals(exact, tr, 1e-2);
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(gl - exact) < Math.abs(tr - exact) / 100);
    }
}
