package vn.langso.team;

import java.util.List;

/** An uploaded roster file as read: where its header is and which field each column seems to hold. */
public record RosterUpload(String fileName, String sheetName, int headerRow, List<RosterColumn> columns,
        int rowCount) {
}
