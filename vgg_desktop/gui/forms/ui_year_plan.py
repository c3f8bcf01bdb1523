# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'year_plan.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

from vgg_desktop.gui.editing.date_field import DateField

class Ui_YearPlanForm(object):
    def setupUi(self, YearPlanForm):
        if not YearPlanForm.objectName():
            YearPlanForm.setObjectName(u"YearPlanForm")
        YearPlanForm.resize(640, 400)
        self.form_layout = QVBoxLayout(YearPlanForm)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(YearPlanForm)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QFormLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.general_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.year_label = QLabel(self.general_tab)
        self.year_label.setObjectName(u"year_label")

        self.general_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year = QSpinBox(self.general_tab)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1900)
        self.year.setMaximum(2200)

        self.general_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year)

        self.title_label = QLabel(self.general_tab)
        self.title_label.setObjectName(u"title_label")

        self.general_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.general_tab)
        self.title.setObjectName(u"title")

        self.general_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.adopted_on_label = QLabel(self.general_tab)
        self.adopted_on_label.setObjectName(u"adopted_on_label")

        self.general_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adopted_on_label)

        self.adopted_on = DateField(self.general_tab)
        self.adopted_on.setObjectName(u"adopted_on")

        self.general_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adopted_on)

        self.adopted_by_label = QLabel(self.general_tab)
        self.adopted_by_label.setObjectName(u"adopted_by_label")

        self.general_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adopted_by_label)

        self.adopted_by = QLineEdit(self.general_tab)
        self.adopted_by.setObjectName(u"adopted_by")

        self.general_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adopted_by)

        self.signed_by_label = QLabel(self.general_tab)
        self.signed_by_label.setObjectName(u"signed_by_label")

        self.general_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signed_by_label)

        self.signed_by = QLineEdit(self.general_tab)
        self.signed_by.setObjectName(u"signed_by")

        self.general_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signed_by)

        self.tabs.addTab(self.general_tab, "")
        self.texts_tab = QWidget()
        self.texts_tab.setObjectName(u"texts_tab")
        self.texts_layout = QFormLayout(self.texts_tab)
        self.texts_layout.setObjectName(u"texts_layout")
        self.texts_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.texts_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.introduction_label = QLabel(self.texts_tab)
        self.introduction_label.setObjectName(u"introduction_label")

        self.texts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.introduction_label)

        self.introduction = QPlainTextEdit(self.texts_tab)
        self.introduction.setObjectName(u"introduction")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.introduction.sizePolicy().hasHeightForWidth())
        self.introduction.setSizePolicy(sizePolicy)
        self.introduction.setMinimumSize(QSize(0, 150))
        self.introduction.setTabChangesFocus(True)

        self.texts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.introduction)

        self.vision_label = QLabel(self.texts_tab)
        self.vision_label.setObjectName(u"vision_label")

        self.texts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.vision_label)

        self.vision = QPlainTextEdit(self.texts_tab)
        self.vision.setObjectName(u"vision")
        sizePolicy.setHeightForWidth(self.vision.sizePolicy().hasHeightForWidth())
        self.vision.setSizePolicy(sizePolicy)
        self.vision.setMinimumSize(QSize(0, 150))
        self.vision.setTabChangesFocus(True)

        self.texts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vision)

        self.tabs.addTab(self.texts_tab, "")
        self.values_tab = QWidget()
        self.values_tab.setObjectName(u"values_tab")
        self.values_layout = QFormLayout(self.values_tab)
        self.values_layout.setObjectName(u"values_layout")
        self.values_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.core_values_label = QLabel(self.values_tab)
        self.core_values_label.setObjectName(u"core_values_label")

        self.values_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.core_values_label)

        self.core_values_box = QWidget(self.values_tab)
        self.core_values_box.setObjectName(u"core_values_box")
        self.core_values_box_layout = QVBoxLayout(self.core_values_box)
        self.core_values_box_layout.setObjectName(u"core_values_box_layout")
        self.core_values_box_layout.setContentsMargins(0, 0, 0, 0)
        self.core_values = QListWidget(self.core_values_box)
        self.core_values.setObjectName(u"core_values")
        self.core_values.setMinimumSize(QSize(0, 130))
        self.core_values.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.core_values.setAlternatingRowColors(True)

        self.core_values_box_layout.addWidget(self.core_values)

        self.core_values_buttons = QHBoxLayout()
        self.core_values_buttons.setObjectName(u"core_values_buttons")
        self.core_values_add = QPushButton(self.core_values_box)
        self.core_values_add.setObjectName(u"core_values_add")
        self.core_values_add.setAutoDefault(False)

        self.core_values_buttons.addWidget(self.core_values_add)

        self.core_values_remove = QPushButton(self.core_values_box)
        self.core_values_remove.setObjectName(u"core_values_remove")
        self.core_values_remove.setAutoDefault(False)

        self.core_values_buttons.addWidget(self.core_values_remove)

        self.core_values_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.core_values_buttons.addItem(self.core_values_spacer)


        self.core_values_box_layout.addLayout(self.core_values_buttons)


        self.values_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.core_values_box)

        self.core_value_title_label = QLabel(self.values_tab)
        self.core_value_title_label.setObjectName(u"core_value_title_label")

        self.values_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.core_value_title_label)

        self.core_value_title = QLineEdit(self.values_tab)
        self.core_value_title.setObjectName(u"core_value_title")

        self.values_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.core_value_title)

        self.core_value_text_label = QLabel(self.values_tab)
        self.core_value_text_label.setObjectName(u"core_value_text_label")

        self.values_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.core_value_text_label)

        self.core_value_text = QPlainTextEdit(self.values_tab)
        self.core_value_text.setObjectName(u"core_value_text")
        sizePolicy.setHeightForWidth(self.core_value_text.sizePolicy().hasHeightForWidth())
        self.core_value_text.setSizePolicy(sizePolicy)
        self.core_value_text.setMinimumSize(QSize(0, 110))
        self.core_value_text.setTabChangesFocus(True)

        self.values_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.core_value_text)

        self.tabs.addTab(self.values_tab, "")

        self.form_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year)
        self.title_label.setBuddy(self.title)
        self.adopted_on_label.setBuddy(self.adopted_on)
        self.adopted_by_label.setBuddy(self.adopted_by)
        self.signed_by_label.setBuddy(self.signed_by)
        self.introduction_label.setBuddy(self.introduction)
        self.vision_label.setBuddy(self.vision)
        self.core_values_label.setBuddy(self.core_values_box)
        self.core_value_title_label.setBuddy(self.core_value_title)
        self.core_value_text_label.setBuddy(self.core_value_text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.title)
        QWidget.setTabOrder(self.title, self.adopted_on)
        QWidget.setTabOrder(self.adopted_on, self.adopted_by)
        QWidget.setTabOrder(self.adopted_by, self.signed_by)
        QWidget.setTabOrder(self.signed_by, self.introduction)
        QWidget.setTabOrder(self.introduction, self.vision)
        QWidget.setTabOrder(self.vision, self.core_values)
        QWidget.setTabOrder(self.core_values, self.core_value_title)
        QWidget.setTabOrder(self.core_value_title, self.core_value_text)
        QWidget.setTabOrder(self.core_value_text, self.core_values_add)
        QWidget.setTabOrder(self.core_values_add, self.core_values_remove)

        self.retranslateUi(YearPlanForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(YearPlanForm)
    # setupUi

    def retranslateUi(self, YearPlanForm):
        self.year_label.setText(QCoreApplication.translate("YearPlanForm", u"Year: *", None))
        self.title_label.setText(QCoreApplication.translate("YearPlanForm", u"Title: *", None))
        self.adopted_on_label.setText(QCoreApplication.translate("YearPlanForm", u"Adopted on:", None))
        self.adopted_by_label.setText(QCoreApplication.translate("YearPlanForm", u"Adopted by:", None))
        self.adopted_by.setPlaceholderText(QCoreApplication.translate("YearPlanForm", u"e.g. DB VGG", None))
        self.signed_by_label.setText(QCoreApplication.translate("YearPlanForm", u"Signed by:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("YearPlanForm", u"General", None))
        self.introduction_label.setText(QCoreApplication.translate("YearPlanForm", u"Introduction:", None))
        self.vision_label.setText(QCoreApplication.translate("YearPlanForm", u"Vision:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.texts_tab), QCoreApplication.translate("YearPlanForm", u"Introduction and vision", None))
        self.core_values_label.setText(QCoreApplication.translate("YearPlanForm", u"Core values:", None))
#if QT_CONFIG(tooltip)
        self.core_values.setToolTip(QCoreApplication.translate("YearPlanForm", u"Choose a core value to change its title and text below", None))
#endif // QT_CONFIG(tooltip)
        self.core_values_add.setText(QCoreApplication.translate("YearPlanForm", u"Add core value", None))
        self.core_values_remove.setText(QCoreApplication.translate("YearPlanForm", u"Remove core value", None))
        self.core_value_title_label.setText(QCoreApplication.translate("YearPlanForm", u"Title:", None))
        self.core_value_text_label.setText(QCoreApplication.translate("YearPlanForm", u"Text:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.values_tab), QCoreApplication.translate("YearPlanForm", u"Core values", None))
        pass
    # retranslateUi

