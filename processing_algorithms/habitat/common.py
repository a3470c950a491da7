"""Parameter names and helpers shared by the habitat-mapping algorithms."""

from bd_qgis_plugin.i18n import tr

# Parameter names shared within the group (the strings are public API: never rename them).
TRAINING = "TRAINING"
CLASS_FIELD = "CLASS_FIELD"
CLASS_NAME_FIELD = "CLASS_NAME_FIELD"
MODEL = "MODEL"
ADDITIONAL_BANDS = "ADDITIONAL_BANDS"
SEED = "SEED"
OUTPUT_CONFIDENCE = "OUTPUT_CONFIDENCE"
OUTPUT_MODEL = "OUTPUT_MODEL"
RESAMPLE = "RESAMPLE"  # resample class maps on another grid onto the first one's (nearest neighbour)


def classification_labels():
    return {
        "title": tr("Habitat classification report"),
        "validation": tr("Validation on polygons held out from training (never single pixels)."),
        "matrix": tr("Confusion matrix (validation pixels)"),
        "map": tr("Map (predicted)"),
        "reference": tr("Reference"),
        "class": tr("Class"),
        "users": tr("User's accuracy"),
        "producers": tr("Producer's accuracy"),
        "f1": tr("F1"),
        "overall": tr("Overall accuracy (validation pixels)"),
        "samples": tr("Training samples"),
        "train_pixels": tr("Training pixels"),
        "train_polygons": tr("Training polygons"),
        "valid_pixels": tr("Validation pixels"),
        "valid_polygons": tr("Validation polygons"),
        "importance": tr("Feature importance"),
        "no_validation": tr("Classes without validation (only one polygon)"),
        "notes": tr("Left out of training, and other notes"),
        "note": tr("Pixel-level validation on held-out polygons is a check of the classifier; map accuracy and "
                   "areas for reporting come from the accuracy sampling design and assessment (Olofsson et al. "
                   "2014)."),
    }
