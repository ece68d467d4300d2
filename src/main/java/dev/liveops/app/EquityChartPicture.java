package dev.liveops.app;

import dev.liveops.chart.ChartUnavailableException;
import dev.liveops.chart.EquityChart;
import dev.liveops.chart.EquityPoint;
import dev.liveops.digest.DigestPicture;
import dev.liveops.equity.PnlReport;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A digest's picture: the total equity of the deployments it covers, drawn as /live chart draws one deployment. */
public final class EquityChartPicture implements DigestPicture {
    private static final Logger log = LoggerFactory.getLogger(EquityChartPicture.class);

    private final EquityChart chart;

    public EquityChartPicture(EquityChart chart) {
        this.chart = chart;
    }

    @Override
    public Optional<Picture> totalEquity(PnlReport report) {
        List<EquityPoint> points = report.totalCurve().stream()
                .map(point -> new EquityPoint(point.at(), point.equity().doubleValue()))
                .toList();
        if (points.size() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Picture("digest-equity.png", chart.render("Total equity", points).png()));
        } catch (ChartUnavailableException noFonts) {
            // The digest's text says everything the picture shows; it goes alone.
            log.warn("The digest goes without its chart: {}", noFonts.getMessage());
            return Optional.empty();
        }
    }
}
