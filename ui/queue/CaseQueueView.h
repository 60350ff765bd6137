#pragma once

#include <QTableView>

class QMenu;

namespace redress {

// The queue's table: the reference and what is due first, sized so they fit a maximised
// window at 1280x720; any other column shown or hidden from the header's context menu; and
// each officer's column order, widths and hidden columns remembered in the settings, with
// "Reset columns" giving the defaults back.
class CaseQueueView : public QTableView
{
    Q_OBJECT

public:
    explicit CaseQueueView(QWidget* parent = nullptr);

    // QSettings key of the saved column layout.
    static QString settingsKey();

    // Restores the saved layout, or lays the columns out as new when none was saved (or it
    // was saved for other columns). Call once the model is set.
    void restoreColumns();
    // The defaults: every column in the model's order, each as wide as its heading and
    // typical contents need. Forgets the saved layout.
    void resetColumns();
    // The header's context menu: a tick per column (the reference stays), then Reset columns.
    QMenu* makeColumnMenu(QWidget* parent);
    // Remembers the order, widths, hidden columns and sort (each change of the officer's is
    // saved at once; the sort when the window closes).
    void saveColumns();

protected:
    // The menu key (or Shift+F10) in the queue opens the column menu too, so choosing
    // columns does not need a mouse.
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    int defaultWidth(int column) const;

    bool m_restoring = false; // laying out: not a change of the officer's to remember
};

} // namespace redress
