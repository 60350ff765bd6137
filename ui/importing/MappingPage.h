#pragma once

#include "import/ImportMapping.h"
#include "util/Result.h"

#include <QMap>
#include <QSet>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace redress {

class ConditionsEditor;
struct ImportSession;

// Step 3: which column fills which Redress field, and which of the log's values means which
// Redress code; guessed, confirmed by the user, and saved as a named file for next year.
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    MappingPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;

    // The mapping as the page's controls now say.
    import::ImportMapping currentMapping() const;
    Status saveMappingTo(const QString& path);
    Status loadMappingFrom(const QString& path);
    // Brings a value of a coded field into view to be mapped (adding it if need be).
    void selectValue(const QString& fieldCode, const QString& value);
    // The Documents/Redress mappings folder mapping files are saved in.
    static QString mappingFolder();

private:
    void showMapping();
    void fillColumns();
    void fillValues();
    void collectSampleValues();
    void updateUnmapped();
    void saveAs();
    void load();
    void showMessage(const QString& text, bool isError);
    QString stageSuffixError() const;

    ImportSession& m_session;
    QMap<QString, QMap<QString, QString>> m_values; // field -> source value -> code
    QSet<QString> m_sampled; // "field\x1fvalue" of the values found in the sample rows
    QLineEdit* m_name = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QCheckBox* m_closeResponded = nullptr;
    QLineEdit* m_stageSuffix = nullptr;
    QTableWidget* m_columns = nullptr;
    ConditionsEditor* m_conditions = nullptr;
    QTableWidget* m_valueTable = nullptr;
    QCheckBox* m_unmappedOnly = nullptr;
    QLabel* m_unmappedCount = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace redress
