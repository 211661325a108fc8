package dev.webaccel.history.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.claims.Claim;
import dev.webaccel.claims.ClaimsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class GuideTablesTest {

    public void everyClaimTheGuideTablesNameIsInTheClaimsFile() {
        Set<String> ids = ClaimsFile.load(Path.of("claims/guide-claims.json")).claims().stream().map(Claim::id)
                .collect(Collectors.toSet());
        List<String> named = GuideTables.spec().tables().stream().flatMap(t -> t.rows().stream())
                .flatMap(r -> r.measured().stream()).map(GuideTables.CellSpec::claim).filter(c -> c != null)
                .distinct().toList();
        assertThat(named).isNotEmpty();
        assertThat(ids).containsAll(named);
    }

    public void everyRowHasACellPerColumn() {
        GuideTables.spec().tables().forEach(t -> t.rows().forEach(r -> {
            assertThat(r.guide()).as(t.id() + " guide cells").hasSameSizeAs(t.guideColumns());
            assertThat(r.measured()).as(t.id() + " measured cells").hasSameSizeAs(t.measuredColumns());
        }));
    }

    public void onlyWhatWasMeasuredIsFilledTheRestSaysNotMeasuredAndWhy() throws Exception {
        try (var db = ReportFixture.singleRun()) { // one Chrome logmel-5s case, no claims
            List<GuideTables.Table> tables = GuideTables.of(new ReportQuery(db).load(ReportFixture.RUN_1));
            assertThat(tables).hasSize(6);
            List<GuideTables.Cell> cells = tables.stream().flatMap(t -> t.rows().stream())
                    .flatMap(r -> r.measured().stream()).toList();
            assertThat(cells.stream().filter(GuideTables.Cell::measured).map(GuideTables.Cell::text))
                    .containsExactly("4 [3.76, 4.24] ms");
            assertThat(cells.stream().filter(c -> !c.measured())).allSatisfy(c -> {
                assertThat(c.text()).isEqualTo(GuideTables.NOT_MEASURED);
                assertThat(c.detail()).as("why").isNotBlank();
            });
        }
    }
}
