#pragma once

#include "domain/Case.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUrl;

namespace redress {

class Session;

// The files kept with a case and the letters produced for it: Add…, Open, Save as…, Remove
// (with the reason typed beside it), and a letter from one of the team's templates, opened
// for editing and kept with the case as a PDF. A file is opened in the system's viewer from a
// copy readable only by its owner, in a folder removed when the program closes.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    using Opener = std::function<bool(const QUrl&)>;

    explicit DocumentsPanel(Session& session, QWidget* parent = nullptr);

    void show(const Case& record);

    // What each button does once its file is chosen; each says in the panel what went wrong.
    bool addFiles(const QStringList& paths);
    bool openSelected();
    bool saveSelectedAs(const QString& path);
    bool removeSelected();
    bool produceLetter();

    // How files are opened: the system's viewer, unless a test says otherwise.
    static void setOpener(Opener opener);
    // Where the copies opened are written: a folder of this program's own, removed when the
    // application object goes.
    static QString temporaryFolder();

signals:
    // A file was added or removed, or a letter produced: the case's history has grown.
    void documentsChanged();

private:
    void chooseFilesToAdd();
    void chooseWhereToSave();
    void fill();
    qint64 selectedId() const;
    void say(const QString& message, bool error);

    Session& m_session;
    Case m_case;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_template = nullptr;
    QList<QPushButton*> m_needSelection;
};

} // namespace redress
