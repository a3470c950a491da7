"""Anchor for the classification benchmark: remotior-sensus (SCP's engine) random forest, 200 trees.

Run as its own process (remotior-sensus uses multiprocessing with spawn: it needs this __main__ guard).
Usage: anchor_remotior.py IMAGE TRAINING.gpkg OUTPUT.tif WORKDIR
"""

import os
import sys

from osgeo import gdal


def main(image, training, output, workdir):
    import remotior_sensus

    os.makedirs(os.path.join(workdir, "rs_tmp"), exist_ok=True)
    ds = gdal.Open(image)
    bands = []
    for b in range(1, ds.RasterCount + 1):  # remotior-sensus takes single-band rasters
        path = os.path.join(workdir, f"rs_band{b}.vrt")
        gdal.Translate(path, image, format="VRT", bandList=[b])
        bands.append(path)
    rs = remotior_sensus.Session(n_processes=2, available_ram=2048, temporary_directory=os.path.join(workdir, "rs_tmp"),
                                 log_level=40)
    catalog = rs.bandset_catalog()
    catalog.create_bandset(bands, bandset_number=1)
    bandset = catalog.get_bandset(1)
    signatures = rs.spectral_signatures_catalog(bandset=bandset)
    signatures.import_vector(file_path=training, macroclass_field="class_code", class_field="class_code",
                             macroclass_name_field="class_name", class_name_field="class_name",
                             calculate_signature=True)
    result = rs.band_classification(input_bands=bandset, output_path=output, algorithm_name="random forest",
                                    spectral_signatures=signatures, rf_number_trees=200, cross_validation=False,
                                    macroclass=True, overwrite=True)
    rs.close()
    if not result.check:
        sys.exit("remotior-sensus classification failed")


if __name__ == "__main__":
    main(*sys.argv[1:5])
