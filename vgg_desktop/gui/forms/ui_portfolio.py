# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'portfolio.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QWidget)

class Ui_PortfolioForm(object):
    def setupUi(self, PortfolioForm):
        if not PortfolioForm.objectName():
            PortfolioForm.setObjectName(u"PortfolioForm")
        PortfolioForm.resize(520, 400)
        self.form_layout = QFormLayout(PortfolioForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(PortfolioForm)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(PortfolioForm)
        self.name.setObjectName(u"name")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kind_label = QLabel(PortfolioForm)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(PortfolioForm)
        self.kind.setObjectName(u"kind")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.holder_id_label = QLabel(PortfolioForm)
        self.holder_id_label.setObjectName(u"holder_id_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.holder_id_label)

        self.holder_id = QComboBox(PortfolioForm)
        self.holder_id.setObjectName(u"holder_id")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.holder_id)

        self.vng_not_applicable_label = QLabel(PortfolioForm)
        self.vng_not_applicable_label.setObjectName(u"vng_not_applicable_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vng_not_applicable_label)

        self.vng_not_applicable = QCheckBox(PortfolioForm)
        self.vng_not_applicable.setObjectName(u"vng_not_applicable")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vng_not_applicable)

        self.position_label = QLabel(PortfolioForm)
        self.position_label.setObjectName(u"position_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QSpinBox(PortfolioForm)
        self.position.setObjectName(u"position")
        self.position.setMinimum(0)
        self.position.setMaximum(9999)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position)

        self.notes_label = QLabel(PortfolioForm)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(PortfolioForm)
        self.notes.setObjectName(u"notes")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.notes.sizePolicy().hasHeightForWidth())
        self.notes.setSizePolicy(sizePolicy)
        self.notes.setMinimumSize(QSize(0, 60))
        self.notes.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.holder_id_label.setBuddy(self.holder_id)
        self.vng_not_applicable_label.setBuddy(self.vng_not_applicable)
        self.position_label.setBuddy(self.position)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.holder_id)
        QWidget.setTabOrder(self.holder_id, self.vng_not_applicable)
        QWidget.setTabOrder(self.vng_not_applicable, self.position)
        QWidget.setTabOrder(self.position, self.notes)

        self.retranslateUi(PortfolioForm)

        QMetaObject.connectSlotsByName(PortfolioForm)
    # setupUi

    def retranslateUi(self, PortfolioForm):
        self.name_label.setText(QCoreApplication.translate("PortfolioForm", u"Name: *", None))
        self.kind_label.setText(QCoreApplication.translate("PortfolioForm", u"Kind: *", None))
        self.holder_id_label.setText(QCoreApplication.translate("PortfolioForm", u"Portfolio holder:", None))
        self.vng_not_applicable_label.setText(QCoreApplication.translate("PortfolioForm", u"VNG committee:", None))
        self.vng_not_applicable.setText(QCoreApplication.translate("PortfolioForm", u"Not applicable (n/a) for this portfolio", None))
        self.position_label.setText(QCoreApplication.translate("PortfolioForm", u"Order:", None))
#if QT_CONFIG(tooltip)
        self.position.setToolTip(QCoreApplication.translate("PortfolioForm", u"Where the portfolio appears in the overview", None))
#endif // QT_CONFIG(tooltip)
        self.notes_label.setText(QCoreApplication.translate("PortfolioForm", u"Notes:", None))
#if QT_CONFIG(tooltip)
        self.notes.setToolTip(QCoreApplication.translate("PortfolioForm", u"For example why the portfolio has no holder and when it will be filled", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

